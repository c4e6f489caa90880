"""How a run is carried out: the units of work, and the engines that schedule them.

Every engine runs the same units (:mod:`.work`): extract one document (and read its
grouping evidence), group the whole run's documents (:mod:`claimcheck.stories.grouping`),
then align and check one story. :mod:`.local` runs them on this machine, in a process pool
with every core by default, reading the input one document at a time and keeping texts
and claims on disk until their story is checked (:mod:`.spill`); :mod:`.dask_engine` runs
them on a Dask cluster. Both give the same :class:`~.result.RunResult` (or the same
corpus outputs) as a run with one process. :mod:`.progress` draws the progress bar.
"""
