"""What a number measures in the news of elections, sport, complaints and courts, floods and
transport: the measure words of whole domains, in every language of the lexicon, and the
words that mean something else in another context (a stake or a turnout, shares or
actions, a currency or a club)."""
from __future__ import annotations

import pytest

import claimcheck


def measures(text: str, lang: str) -> dict[str, str]:
    """{claim text: measure} for the quantities of ``text``."""
    return {c.text: c.measure for c in claimcheck.extract(text, lang=lang) if c.kind != "date"}


def assert_measures(text: str, lang: str, expected: dict[str, str]) -> None:
    """Each claim named in ``expected`` is found with its measure (others may be too)."""
    got = measures(text, lang)
    assert {k: got.get(k) for k in expected} == expected


# One election night in eight languages: a party's seats and share of the vote, the turnout,
# the electorate. Every number carries its measure, none the value of its neighbour.
ELECTION = [
    ("en", "The Liberal Union took 57 seats in the 180-seat assembly with 31.8% of the vote. "
           "Turnout was 58.2%, and 4.1 million registered voters were called to the polls.",
     {"57": "seats", "31.8%": "votes", "58.2%": "turnout", "4.1 million": "electorate"}),
    ("fr", "L'Union libérale obtient 57 sièges avec 31,8 % des suffrages. La participation a "
           "atteint 58,2 %, et l'abstention 41,8 % ; 4,1 millions d'électeurs inscrits.",
     {"57": "seats", "31,8 %": "votes", "58,2 %": "turnout", "41,8 %": "abstention",
      "4,1 millions": "electorate"}),
    ("es", "La Unión Liberal logró 57 escaños con el 31,8 % de los votos. La participación "
           "electoral fue del 58,2 % y la abstención, del 41,8 %.",
     {"57": "seats", "31,8 %": "votes", "58,2 %": "turnout", "41,8 %": "abstention"}),
    ("de", "Die Liberale Union errang 57 Sitze und 31,8 Prozent der Stimmen. Die "
           "Wahlbeteiligung lag bei 58,2 Prozent; rund 4,1 Millionen Wahlberechtigte waren "
           "aufgerufen.",
     {"57": "seats", "31,8 Prozent": "votes", "58,2 Prozent": "turnout",
      "rund 4,1 Millionen": "electorate"}),
    ("pt", "A União Liberal elegeu 57 deputados, com 31,8% dos votos. A afluência às urnas "
           "chegou a 58,2% e a abstenção ficou em 41,8%.",
     {"57": "seats", "31,8%": "votes", "58,2%": "turnout", "41,8%": "abstention"}),
    ("it", "L'Unione liberale ha conquistato 57 seggi con il 31,8% dei voti. L'affluenza è "
           "stata del 58,2%, l'astensione del 41,8%.",
     {"57": "seats", "31,8%": "votes", "58,2%": "turnout", "41,8%": "abstention"}),
    ("zh", "自由联盟获得57个议席，得票率为31.8%，投票率为58.2%。",
     {"57": "seats", "31.8%": "votes", "58.2%": "turnout"}),
    ("ja", "自由連合は57議席を獲得し、得票率は31.8%、投票率は58.2%だった。",
     {"57": "seats", "31.8%": "votes", "58.2%": "turnout"}),
]


@pytest.mark.parametrize("lang, text, expected", ELECTION, ids=[e[0] for e in ELECTION])
def test_an_election_s_seats_votes_and_turnout(lang, text, expected):
    assert_measures(text, lang, expected)


# A match report: possession and shots, never the score's measure or each other's
MATCH = [
    ("en", "Norvik had 61% possession and 14 shots, against six for the visitors.",
     {"61%": "possession", "14": "shots"}),
    ("es", "El Norvik tuvo un 61 % de posesión y 14 disparos.",
     {"61 %": "possession", "14": "shots"}),
    ("de", "Norvik hatte 61 Prozent Ballbesitz und gab 14 Torschüsse ab.",
     {"61 Prozent": "possession", "14": "shots"}),
    ("fr", "Norvik a eu 61 % de possession et 14 tirs.", {"61 %": "possession", "14": "shots"}),
    ("pt", "O Norvik teve 61% de posse de bola e 14 finalizações.",
     {"61%": "possession", "14": "shots"}),
    ("it", "Il Norvik ha avuto il 61% di possesso palla e 14 tiri.",
     {"61%": "possession", "14": "shots"}),
    ("zh", "诺维克队控球率达61%，共有14次射门。", {"61%": "possession", "14": "shots"}),
]


@pytest.mark.parametrize("lang, text, expected", MATCH, ids=[m[0] for m in MATCH])
def test_a_match_s_possession_and_shots(lang, text, expected):
    assert_measures(text, lang, expected)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The regulator received 243 complaints and police made 12 arrests; the driver was "
           "sentenced to four years in prison.",
     {"243": "complaints", "12": "arrests", "four years": "prison_sentence"}),
    ("es", "La fiscalía recibió 243 denuncias y la policía practicó 12 detenciones.",
     {"243": "complaints", "12": "arrests"}),
    ("de", "Bei der Behörde gingen 243 Beschwerden ein, es gab 12 Festnahmen.",
     {"243": "complaints", "12": "arrests"}),
    ("fr", "Le parquet a reçu 243 plaintes ; 12 personnes ont été interpellées.",
     {"243": "complaints"}),
    ("it", "Sono state presentate 243 denunce e il conducente è stato condannato a quattro "
           "anni di carcere.", {"243": "complaints", "quattro anni": "prison_sentence"}),
    ("pt", "O órgão recebeu 243 reclamações e 12 pessoas foram detidas.",
     {"243": "complaints"}),
])
def test_complaints_arrests_and_sentences(lang, text, expected):
    assert_measures(text, lang, expected)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The river crested at 9.6 metres; airlines reported 212 cancellations and 37 of the "
           "region's 140 municipalities declared an emergency.",
     {"9.6 metres": "river_level", "212": "cancellations", "140": "municipalities"}),
    ("de", "Der Pegelstand erreichte 9,6 Meter, 212 Flüge wurden gestrichen.",
     {"9,6 Meter": "river_level"}),
    ("pt", "O nível do rio chegou a 9,6 metros e 140 municípios decretaram emergência.",
     {"9,6 metros": "river_level", "140": "municipalities"}),
    ("es", "El nivel del río alcanzó los 9,6 metros y hubo 58 accidentes en las carreteras de "
           "los 140 municipios afectados.",
     {"9,6 metros": "river_level", "58": "accidents", "140": "municipalities"}),
    ("it", "Il livello del fiume ha toccato 9,6 metri; 58 incidenti stradali in 140 comuni.",
     {"9,6 metri": "river_level", "140": "municipalities"}),
])
def test_floods_and_transport(lang, text, expected):
    assert_measures(text, lang, expected)


# Words that mean one thing in one kind of story and another elsewhere
@pytest.mark.parametrize("lang, text, claim, measure", [
    # fr "participation": the turnout of an election, a stake in a company
    ("fr", "La participation a atteint 71,3 % dimanche soir.", "71,3 %", "turnout"),
    ("fr", "Le fonds détient une participation de 12,5 % dans le groupe.", "12,5 %", "stake"),
    ("fr", "Le fonds a porté sa participation à 12,5 % du capital.", "12,5 %", "stake"),
    # it "affluenza": the turnout; a stadium crowd is "spettatori"
    ("it", "L'affluenza alle urne si è fermata al 49,6%.", "49,6%", "turnout"),
    ("it", "Allo stadio c'erano 41.200 spettatori.", "41.200", "attendance"),
    # pt "ações": shares on the exchange; "ações emergenciais" are actions (money for them)
    ("pt", "As ações da Vitória Papel caíram 3,4% na bolsa de São Paulo.", "3,4%",
     "share_price"),
    ("pt", "O estado liberou R$ 85 milhões para ações emergenciais nas cidades atingidas.",
     "R$ 85 milhões", "funding"),
])
def test_words_read_in_their_context(lang, text, claim, measure):
    assert measures(text, lang)[claim] == measure


@pytest.mark.parametrize("lang, text", [
    ("es", "El Real Betis ganó 2,3 millones de euros en premios."),
    ("pt", "O Real Betis recebeu 2,3 milhões de euros em prêmios."),
    ("en", "The real figure was 2.3 million euros, the club said."),
    ("de", "Das Team Real Betis kassierte 2,3 Millionen Euro Prämie."),
])
def test_a_club_named_real_is_no_exchange_rate(lang, text):
    claims = [c for c in claimcheck.extract(text, lang=lang) if c.kind == "money"]
    assert claims and all(c.measure != "exchange_rate" and c.entity != "real" for c in claims)


@pytest.mark.parametrize("lang, text", [
    ("en", "The Brazilian real gained 1.8% against the dollar."),
    ("pt", "O real brasileiro se valorizou 1,8% frente ao dólar."),
    ("de", "Die Wirtschaft wuchs real um 1,8 Prozent."),
])
def test_the_currency_and_real_terms_are_still_read(lang, text):
    c = next(c for c in claimcheck.extract(text, lang=lang) if c.kind == "percent")
    assert c.measure in ("exchange_rate", "gdp") and (c.measure == "exchange_rate" or
                                                      c.entity == "real")


@pytest.mark.parametrize("lang, text, claim, measure", [
    # a prize named by its plain word, the rain by its verb, the tax a plant pays
    ("es", "El campeón se lleva 3,2 millones de euros en premios.", "3,2 millones de euros",
     "prize_money"),
    ("pt", "O vencedor recebe um prémio de 3,2 milhões de euros.", "3,2 milhões de euros",
     "prize_money"),
    ("it", "Il vincitore incassa un premio di 3,2 milioni di euro.", "3,2 milioni di euro",
     "prize_money"),
    ("pt", "Em Serra Alta choveu 186 milímetros em um dia.", "186 milímetros", "rainfall"),
    ("es", "En Lorca llovieron 186 litros por metro cuadrado.", "186 litros por metro cuadrado",
     "rainfall"),
    ("zh", "项目投产后年纳税约6亿元。", "约6亿元", "tax_revenue"),
    # a turnout told with an election night's verb
    ("es", "La participación se situó en el 58,2 %, dos puntos más.", "58,2 %", "turnout"),
    ("pt", "A participação ficou em 58,2%, a mais alta desde 2005.", "58,2%", "turnout"),
])
def test_more_measure_words_of_news(lang, text, claim, measure):
    assert measures(text, lang)[claim] == measure


def test_premier_league_is_no_prize():
    got = measures("Il biglietto costa in media 32 euro, contro i 58 euro della Premier "
                   "League.", "it")
    assert got["58 euro"] != "prize_money"


# Crime figures, deployments and wildfires: a police report's offences, the troops sent, the
# fires burning, each with its own measure; the area a fire burned keeps its own.
SECURITY = [
    ("en", "Police logged 2,317 burglaries in the first half, while 6,200 troops were deployed "
           "to the border and 41 wildfires were still burning on Sunday.",
     {"2,317": "crimes", "6,200": "troops", "41": "fires"}),
    ("fr", "La police a recensé 2 317 cambriolages ; 6 200 soldats ont été déployés et 41 "
           "incendies étaient encore actifs dimanche.",
     {"2 317": "crimes", "6 200": "troops", "41": "fires"}),
    ("es", "La policía contabilizó 2.317 robos; se desplegaron 6.200 soldados y 41 incendios "
           "seguían activos el domingo.",
     {"2.317": "crimes", "6.200": "troops", "41": "fires"}),
    ("de", "Die Polizei zählte 2.317 Einbrüche, 6.200 Soldaten wurden entsandt, 41 Waldbrände "
           "loderten am Sonntag noch.",
     {"2.317": "crimes", "6.200": "troops", "41": "fires"}),
    ("pt", "A polícia registrou 2.317 furtos; 6.200 militares foram mobilizados e 41 incêndios "
           "seguiam ativos no domingo.",
     {"2.317": "crimes", "6.200": "troops", "41": "fires"}),
    ("it", "La polizia ha contato 2.317 furti, sono stati schierati 6.200 soldati e 41 incendi "
           "erano ancora attivi domenica.",
     {"2.317": "crimes", "6.200": "troops", "41": "fires"}),
    ("ja", "警察によると窃盗は2317件、自衛官6200人が派遣され、林野火災は41件に上った。",
     {"2317": "crimes", "6200": "troops", "41": "fires"}),
]


@pytest.mark.parametrize("lang, text, expected", SECURITY, ids=[s[0] for s in SECURITY])
def test_crimes_troops_and_fires(lang, text, expected):
    assert_measures(text, lang, expected)


def test_a_burned_area_is_no_count_of_fires():
    got = measures("The area burned by wildfires fell by 38% to 12,400 hectares.", "en")
    assert got.get("38%") != "fires" and got.get("12,400 hectares") != "fires"
