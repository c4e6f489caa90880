"""A road's number written like an amount in a one-letter currency ("the R21", where R is
also the South African rand) is no claim; the rand's amounts around it stay."""
import pytest

import claimcheck


def _claims(text: str):
    return [(c.text, c.value, c.unit) for c in claimcheck.extract(text, "en")]


@pytest.mark.parametrize("text, kept", [
    ("A bakkie overturned on the R59 near Alberton, South Africa, late on Friday, and "
     "Sanral put the damage at R3.4 million.", ["R3.4 million"]),
    ("Traffic on the N3 and R103 in KwaZulu-Natal, South Africa, was diverted for six hours.",
     ["six hours"]),
    ("The R512 road to Lanseria, South Africa, reopens after an R85 million rebuild.",
     ["R85 million"]),
    ("Johannesburg, South Africa: the R24 freeway and the R21, N12 interchanges were "
     "closed.", []),
])
def test_road_numbers_are_no_amounts(text, kept):
    assert [t for t, _, _ in _claims(text)] == kept


@pytest.mark.parametrize("text, expected", [
    # plain whole amounts in rand stay amounts: nothing names a road
    ("In South Africa, Eskom households will pay R130 more, up from R95.",
     [("R130", "ZAR"), ("R95", "ZAR")]),
    ("Cape Town, South Africa - The fine was R750 and the licence R260.",
     [("R750", "ZAR"), ("R260", "ZAR")]),
    # an amount with its scale, decimals or grouping after a road word is still money
    ("On the R21 corridor in South Africa, the city spent R1,250 per household.",
     [("R1,250 per household", "ZAR/household")]),
])
def test_rand_amounts_stay(text, expected):
    got = [(t, u) for t, _, u in _claims(text)]
    assert got == expected
