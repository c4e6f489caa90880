"""The things a rate may be per that are spans of time ("a year", 每月, 1日当たり): a
rate per one of them is a flow, a rate per anything else a price or an intensity."""

PERIODS = ("year", "quarter", "month", "week", "day", "hour", "minute", "second")
