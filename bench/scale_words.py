"""Words for the scale corpus (bench/scale_corpus.py): places, company-name syllables,
people, outlets and currency names in the seven languages, and how each language writes
a number, an amount of money or a measure.

Everything here was written for this benchmark. The city names are the usual spellings of
real places in each language; companies and people are invented from syllables.
"""
from __future__ import annotations

from decimal import Decimal

LANGS = ("en", "fr", "es", "de", "pt", "zh", "ja")

# city: en, fr, es, de, pt, zh, ja, country code, currency
CITIES = [
    ("Lyon", "Lyon", "Lyon", "Lyon", "Lyon", "里昂", "リヨン", "FR", "EUR"),
    ("Marseille", "Marseille", "Marsella", "Marseille", "Marselha", "马赛", "マルセイユ", "FR", "EUR"),
    ("Toulouse", "Toulouse", "Toulouse", "Toulouse", "Toulouse", "图卢兹", "トゥールーズ", "FR", "EUR"),
    ("Bordeaux", "Bordeaux", "Burdeos", "Bordeaux", "Bordéus", "波尔多", "ボルドー", "FR", "EUR"),
    ("Lille", "Lille", "Lille", "Lille", "Lille", "里尔", "リール", "FR", "EUR"),
    ("Nantes", "Nantes", "Nantes", "Nantes", "Nantes", "南特", "ナント", "FR", "EUR"),
    ("Strasbourg", "Strasbourg", "Estrasburgo", "Straßburg", "Estrasburgo", "斯特拉斯堡", "ストラスブール", "FR", "EUR"),
    ("Grenoble", "Grenoble", "Grenoble", "Grenoble", "Grenoble", "格勒诺布尔", "グルノーブル", "FR", "EUR"),
    ("Rennes", "Rennes", "Rennes", "Rennes", "Rennes", "雷恩", "レンヌ", "FR", "EUR"),
    ("Montpellier", "Montpellier", "Montpellier", "Montpellier", "Montpellier", "蒙彼利埃", "モンペリエ", "FR", "EUR"),
    ("Dunkirk", "Dunkerque", "Dunkerque", "Dünkirchen", "Dunquerque", "敦刻尔克", "ダンケルク", "FR", "EUR"),
    ("Madrid", "Madrid", "Madrid", "Madrid", "Madrid", "马德里", "マドリード", "ES", "EUR"),
    ("Barcelona", "Barcelone", "Barcelona", "Barcelona", "Barcelona", "巴塞罗那", "バルセロナ", "ES", "EUR"),
    ("Valencia", "Valence", "Valencia", "Valencia", "Valência", "瓦伦西亚", "バレンシア", "ES", "EUR"),
    ("Seville", "Séville", "Sevilla", "Sevilla", "Sevilha", "塞维利亚", "セビリア", "ES", "EUR"),
    ("Bilbao", "Bilbao", "Bilbao", "Bilbao", "Bilbau", "毕尔巴鄂", "ビルバオ", "ES", "EUR"),
    ("Zaragoza", "Saragosse", "Zaragoza", "Saragossa", "Saragoça", "萨拉戈萨", "サラゴサ", "ES", "EUR"),
    ("Malaga", "Malaga", "Málaga", "Málaga", "Málaga", "马拉加", "マラガ", "ES", "EUR"),
    ("Vigo", "Vigo", "Vigo", "Vigo", "Vigo", "维戈", "ビーゴ", "ES", "EUR"),
    ("Lisbon", "Lisbonne", "Lisboa", "Lissabon", "Lisboa", "里斯本", "リスボン", "PT", "EUR"),
    ("Porto", "Porto", "Oporto", "Porto", "Porto", "波尔图", "ポルト", "PT", "EUR"),
    ("Sines", "Sines", "Sines", "Sines", "Sines", "锡尼什", "シネス", "PT", "EUR"),
    ("Aveiro", "Aveiro", "Aveiro", "Aveiro", "Aveiro", "阿威罗", "アヴェイロ", "PT", "EUR"),
    ("Hamburg", "Hambourg", "Hamburgo", "Hamburg", "Hamburgo", "汉堡", "ハンブルク", "DE", "EUR"),
    ("Munich", "Munich", "Múnich", "München", "Munique", "慕尼黑", "ミュンヘン", "DE", "EUR"),
    ("Berlin", "Berlin", "Berlín", "Berlin", "Berlim", "柏林", "ベルリン", "DE", "EUR"),
    ("Frankfurt", "Francfort", "Fráncfort", "Frankfurt", "Frankfurt", "法兰克福", "フランクフルト", "DE", "EUR"),
    ("Stuttgart", "Stuttgart", "Stuttgart", "Stuttgart", "Estugarda", "斯图加特", "シュトゥットガルト", "DE", "EUR"),
    ("Leipzig", "Leipzig", "Leipzig", "Leipzig", "Leipzig", "莱比锡", "ライプツィヒ", "DE", "EUR"),
    ("Dresden", "Dresde", "Dresde", "Dresden", "Dresden", "德累斯顿", "ドレスデン", "DE", "EUR"),
    ("Bremen", "Brême", "Bremen", "Bremen", "Bremen", "不来梅", "ブレーメン", "DE", "EUR"),
    ("Rotterdam", "Rotterdam", "Róterdam", "Rotterdam", "Roterdão", "鹿特丹", "ロッテルダム", "NL", "EUR"),
    ("Antwerp", "Anvers", "Amberes", "Antwerpen", "Antuérpia", "安特卫普", "アントワープ", "BE", "EUR"),
    ("Milan", "Milan", "Milán", "Mailand", "Milão", "米兰", "ミラノ", "IT", "EUR"),
    ("Turin", "Turin", "Turín", "Turin", "Turim", "都灵", "トリノ", "IT", "EUR"),
    ("Vienna", "Vienne", "Viena", "Wien", "Viena", "维也纳", "ウィーン", "AT", "EUR"),
    ("Gdansk", "Gdansk", "Gdansk", "Danzig", "Gdansk", "格但斯克", "グダニスク", "PL", "EUR"),
    ("Manchester", "Manchester", "Mánchester", "Manchester", "Manchester", "曼彻斯特", "マンチェスター", "GB", "GBP"),
    ("Birmingham", "Birmingham", "Birmingham", "Birmingham", "Birmingham", "伯明翰", "バーミンガム", "GB", "GBP"),
    ("Glasgow", "Glasgow", "Glasgow", "Glasgow", "Glasgow", "格拉斯哥", "グラスゴー", "GB", "GBP"),
    ("Leeds", "Leeds", "Leeds", "Leeds", "Leeds", "利兹", "リーズ", "GB", "GBP"),
    ("São Paulo", "São Paulo", "São Paulo", "São Paulo", "São Paulo", "圣保罗", "サンパウロ", "BR", "BRL"),
    ("Curitiba", "Curitiba", "Curitiba", "Curitiba", "Curitiba", "库里蒂巴", "クリチバ", "BR", "BRL"),
    ("Recife", "Recife", "Recife", "Recife", "Recife", "累西腓", "レシフェ", "BR", "BRL"),
    ("Salvador", "Salvador", "Salvador", "Salvador", "Salvador", "萨尔瓦多", "サルバドール", "BR", "BRL"),
    ("Fortaleza", "Fortaleza", "Fortaleza", "Fortaleza", "Fortaleza", "福塔莱萨", "フォルタレザ", "BR", "BRL"),
    ("Manaus", "Manaus", "Manaos", "Manaus", "Manaus", "马瑙斯", "マナウス", "BR", "BRL"),
    ("Monterrey", "Monterrey", "Monterrey", "Monterrey", "Monterrey", "蒙特雷", "モンテレイ", "MX", "USD"),
    ("Guadalajara", "Guadalajara", "Guadalajara", "Guadalajara", "Guadalajara", "瓜达拉哈拉", "グアダラハラ", "MX", "USD"),
    ("Santiago", "Santiago", "Santiago", "Santiago", "Santiago", "圣地亚哥", "サンティアゴ", "CL", "USD"),
    ("Lima", "Lima", "Lima", "Lima", "Lima", "利马", "リマ", "PE", "USD"),
    ("Bogota", "Bogota", "Bogotá", "Bogotá", "Bogotá", "波哥大", "ボゴタ", "CO", "USD"),
    ("Montreal", "Montréal", "Montreal", "Montreal", "Montreal", "蒙特利尔", "モントリオール", "CA", "USD"),
    ("Houston", "Houston", "Houston", "Houston", "Houston", "休斯敦", "ヒューストン", "US", "USD"),
    ("Detroit", "Detroit", "Detroit", "Detroit", "Detroit", "底特律", "デトロイト", "US", "USD"),
    ("Casablanca", "Casablanca", "Casablanca", "Casablanca", "Casablanca", "卡萨布兰卡", "カサブランカ", "MA", "EUR"),
    ("Tangier", "Tanger", "Tánger", "Tanger", "Tânger", "丹吉尔", "タンジール", "MA", "EUR"),
    ("Dakar", "Dakar", "Dakar", "Dakar", "Dacar", "达喀尔", "ダカール", "SN", "EUR"),
    ("Nairobi", "Nairobi", "Nairobi", "Nairobi", "Nairóbi", "内罗毕", "ナイロビ", "KE", "USD"),
    ("Chengdu", "Chengdu", "Chengdu", "Chengdu", "Chengdu", "成都", "成都", "CN", "CNY"),
    ("Shanghai", "Shanghai", "Shanghái", "Shanghai", "Xangai", "上海", "上海", "CN", "CNY"),
    ("Shenzhen", "Shenzhen", "Shenzhen", "Shenzhen", "Shenzhen", "深圳", "深圳", "CN", "CNY"),
    ("Wuhan", "Wuhan", "Wuhan", "Wuhan", "Wuhan", "武汉", "武漢", "CN", "CNY"),
    ("Hangzhou", "Hangzhou", "Hangzhou", "Hangzhou", "Hangzhou", "杭州", "杭州", "CN", "CNY"),
    ("Suzhou", "Suzhou", "Suzhou", "Suzhou", "Suzhou", "苏州", "蘇州", "CN", "CNY"),
    ("Nanjing", "Nankin", "Nankín", "Nanjing", "Nanquim", "南京", "南京", "CN", "CNY"),
    ("Tianjin", "Tianjin", "Tianjin", "Tianjin", "Tianjin", "天津", "天津", "CN", "CNY"),
    ("Chongqing", "Chongqing", "Chongqing", "Chongqing", "Chongqing", "重庆", "重慶", "CN", "CNY"),
    ("Qingdao", "Qingdao", "Qingdao", "Qingdao", "Qingdao", "青岛", "青島", "CN", "CNY"),
    ("Xiamen", "Xiamen", "Xiamen", "Xiamen", "Xiamen", "厦门", "厦門", "CN", "CNY"),
    ("Kunshan", "Kunshan", "Kunshan", "Kunshan", "Kunshan", "昆山", "昆山", "CN", "CNY"),
    ("Tokyo", "Tokyo", "Tokio", "Tokio", "Tóquio", "东京", "東京", "JP", "JPY"),
    ("Osaka", "Osaka", "Osaka", "Osaka", "Osaka", "大阪", "大阪", "JP", "JPY"),
    ("Nagoya", "Nagoya", "Nagoya", "Nagoya", "Nagoia", "名古屋", "名古屋", "JP", "JPY"),
    ("Yokohama", "Yokohama", "Yokohama", "Yokohama", "Yokohama", "横滨", "横浜", "JP", "JPY"),
    ("Kobe", "Kobe", "Kobe", "Kobe", "Kobe", "神户", "神戸", "JP", "JPY"),
    ("Fukuoka", "Fukuoka", "Fukuoka", "Fukuoka", "Fukuoka", "福冈", "福岡", "JP", "JPY"),
    ("Sendai", "Sendai", "Sendai", "Sendai", "Sendai", "仙台", "仙台", "JP", "JPY"),
    ("Hiroshima", "Hiroshima", "Hiroshima", "Hiroshima", "Hiroshima", "广岛", "広島", "JP", "JPY"),
    ("Singapore", "Singapour", "Singapur", "Singapur", "Singapura", "新加坡", "シンガポール", "SG", "USD"),
    ("Jakarta", "Jakarta", "Yakarta", "Jakarta", "Jacarta", "雅加达", "ジャカルタ", "ID", "USD"),
    ("Hanoi", "Hanoï", "Hanói", "Hanoi", "Hanói", "河内", "ハノイ", "VN", "USD"),
    ("Bangkok", "Bangkok", "Bangkok", "Bangkok", "Banguecoque", "曼谷", "バンコク", "TH", "USD"),
    ("Mumbai", "Bombay", "Bombay", "Mumbai", "Bombaim", "孟买", "ムンバイ", "IN", "USD"),
    ("Dubai", "Dubaï", "Dubái", "Dubai", "Dubai", "迪拜", "ドバイ", "AE", "USD"),
    ("Istanbul", "Istanbul", "Estambul", "Istanbul", "Istambul", "伊斯坦布尔", "イスタンブール", "TR", "EUR"),
    ("Athens", "Athènes", "Atenas", "Athen", "Atenas", "雅典", "アテネ", "GR", "EUR"),
    ("Oslo", "Oslo", "Oslo", "Oslo", "Oslo", "奥斯陆", "オスロ", "NO", "EUR"),
    ("Gothenburg", "Göteborg", "Gotemburgo", "Göteborg", "Gotemburgo", "哥德堡", "ヨーテボリ", "SE", "EUR"),
    ("Aarhus", "Aarhus", "Aarhus", "Aarhus", "Aarhus", "奥胡斯", "オーフス", "DK", "EUR"),
    ("Tallinn", "Tallinn", "Tallin", "Tallinn", "Tallinn", "塔林", "タリン", "EE", "EUR"),
]

# country code -> (en, fr, es, de, pt, zh, ja)
COUNTRIES = {
    "FR": ("France", "France", "Francia", "Frankreich", "França", "法国", "フランス"),
    "ES": ("Spain", "Espagne", "España", "Spanien", "Espanha", "西班牙", "スペイン"),
    "PT": ("Portugal", "Portugal", "Portugal", "Portugal", "Portugal", "葡萄牙", "ポルトガル"),
    "DE": ("Germany", "Allemagne", "Alemania", "Deutschland", "Alemanha", "德国", "ドイツ"),
    "NL": ("the Netherlands", "les Pays-Bas", "los Países Bajos", "die Niederlande", "os Países Baixos", "荷兰", "オランダ"),
    "BE": ("Belgium", "la Belgique", "Bélgica", "Belgien", "a Bélgica", "比利时", "ベルギー"),
    "IT": ("Italy", "l'Italie", "Italia", "Italien", "a Itália", "意大利", "イタリア"),
    "AT": ("Austria", "l'Autriche", "Austria", "Österreich", "a Áustria", "奥地利", "オーストリア"),
    "PL": ("Poland", "la Pologne", "Polonia", "Polen", "a Polónia", "波兰", "ポーランド"),
    "GB": ("Britain", "le Royaume-Uni", "el Reino Unido", "Großbritannien", "o Reino Unido", "英国", "英国"),
    "BR": ("Brazil", "le Brésil", "Brasil", "Brasilien", "o Brasil", "巴西", "ブラジル"),
    "MX": ("Mexico", "le Mexique", "México", "Mexiko", "o México", "墨西哥", "メキシコ"),
    "CL": ("Chile", "le Chili", "Chile", "Chile", "o Chile", "智利", "チリ"),
    "PE": ("Peru", "le Pérou", "Perú", "Peru", "o Peru", "秘鲁", "ペルー"),
    "CO": ("Colombia", "la Colombie", "Colombia", "Kolumbien", "a Colômbia", "哥伦比亚", "コロンビア"),
    "CA": ("Canada", "le Canada", "Canadá", "Kanada", "o Canadá", "加拿大", "カナダ"),
    "US": ("the United States", "les États-Unis", "Estados Unidos", "die USA", "os Estados Unidos", "美国", "米国"),
    "MA": ("Morocco", "le Maroc", "Marruecos", "Marokko", "Marrocos", "摩洛哥", "モロッコ"),
    "SN": ("Senegal", "le Sénégal", "Senegal", "Senegal", "o Senegal", "塞内加尔", "セネガル"),
    "KE": ("Kenya", "le Kenya", "Kenia", "Kenia", "o Quénia", "肯尼亚", "ケニア"),
    "CN": ("China", "la Chine", "China", "China", "a China", "中国", "中国"),
    "JP": ("Japan", "le Japon", "Japón", "Japan", "o Japão", "日本", "日本"),
    "SG": ("Singapore", "Singapour", "Singapur", "Singapur", "Singapura", "新加坡", "シンガポール"),
    "ID": ("Indonesia", "l'Indonésie", "Indonesia", "Indonesien", "a Indonésia", "印度尼西亚", "インドネシア"),
    "VN": ("Vietnam", "le Vietnam", "Vietnam", "Vietnam", "o Vietname", "越南", "ベトナム"),
    "TH": ("Thailand", "la Thaïlande", "Tailandia", "Thailand", "a Tailândia", "泰国", "タイ"),
    "IN": ("India", "l'Inde", "India", "Indien", "a Índia", "印度", "インド"),
    "AE": ("the United Arab Emirates", "les Émirats arabes unis", "Emiratos Árabes Unidos", "die Emirate", "os Emirados", "阿联酋", "アラブ首長国連邦"),
    "TR": ("Turkey", "la Turquie", "Turquía", "die Türkei", "a Turquia", "土耳其", "トルコ"),
    "GR": ("Greece", "la Grèce", "Grecia", "Griechenland", "a Grécia", "希腊", "ギリシャ"),
    "NO": ("Norway", "la Norvège", "Noruega", "Norwegen", "a Noruega", "挪威", "ノルウェー"),
    "SE": ("Sweden", "la Suède", "Suecia", "Schweden", "a Suécia", "瑞典", "スウェーデン"),
    "DK": ("Denmark", "le Danemark", "Dinamarca", "Dänemark", "a Dinamarca", "丹麦", "デンマーク"),
    "EE": ("Estonia", "l'Estonie", "Estonia", "Estland", "a Estónia", "爱沙尼亚", "エストニア"),
}

# company-name syllables: Latin, Chinese transliteration, katakana
SYLLABLES = [
    ("nor", "诺", "ノル"), ("va", "瓦", "ヴァ"), ("lis", "利斯", "リス"), ("ca", "卡", "カ"),
    ("del", "德尔", "デル"), ("ton", "顿", "トン"), ("ria", "里亚", "リア"), ("ven", "文", "ヴェン"),
    ("ta", "塔", "タ"), ("mar", "马", "マル"), ("ko", "科", "コ"), ("sen", "森", "セン"),
    ("ra", "拉", "ラ"), ("bel", "贝尔", "ベル"), ("lo", "洛", "ロ"), ("tri", "特里", "トリ"),
    ("ne", "内", "ネ"), ("do", "多", "ド"), ("san", "桑", "サン"), ("mi", "米", "ミ"),
    ("ro", "罗", "ロ"), ("sa", "萨", "サ"), ("vik", "维克", "ヴィク"), ("ar", "阿", "アル"),
    ("te", "特", "テ"), ("gan", "甘", "ガン"), ("li", "利", "リ"), ("quin", "昆", "クイン"),
    ("dor", "多尔", "ドル"), ("al", "阿尔", "アル"), ("vel", "维尔", "ヴェル"), ("tis", "蒂斯", "ティス"),
    ("bra", "布拉", "ブラ"), ("hel", "赫尔", "ヘル"), ("kor", "科尔", "コル"), ("pen", "彭", "ペン"),
    ("fal", "法尔", "ファル"), ("ster", "斯特", "スター"), ("nia", "尼亚", "ニア"), ("zen", "曾", "ゼン"),
]
# sector: Latin word, Chinese, katakana
SECTORS = {
    "plant": [("Motors", "汽车", "モーターズ"), ("Steel", "钢铁", "スチール"),
              ("Pharma", "制药", "ファーマ"), ("Foods", "食品", "フーズ"), ("Chemicals", "化工", "ケミカルズ")],
    "transport": [("Rail", "铁路", "レール"), ("Infra", "基建", "インフラ")],
    "results": [("Group", "集团", "グループ"), ("Retail", "零售", "リテール"), ("Systems", "系统", "システムズ"),
                ("Telecom", "电信", "テレコム"), ("Bank", "银行", "バンク")],
    "port": [("Ports", "港口", "ポーツ"), ("Logistics", "物流", "ロジスティクス"), ("Terminals", "码头", "ターミナルズ")],
    "energy": [("Energy", "能源", "エナジー"), ("Solar", "太阳能", "ソーラー"), ("Wind", "风电", "ウインド")],
    "disaster": [("Relief", "救援", "リリーフ")],
    "fair": [("Expo", "会展", "エキスポ"), ("Events", "会展", "イベンツ")],
}

FIRST = ["Marta", "Jean", "Lucía", "Klaus", "Ana", "Pierre", "Sofia", "Tomás", "Inês", "Henrik",
         "Claire", "Diego", "Helena", "Paulo", "Yuki", "Ravi", "Elena", "Marc", "Joana", "Felix",
         "Nadia", "Bruno", "Carmen", "Lars", "Amélie", "Rafael", "Greta", "Hugo", "Beatriz", "Oskar"]
LAST = ["Oliveira", "Perrin", "Navarro", "Brandt", "Ferreira", "Lemaire", "Castillo", "Vogel",
        "Moreau", "Herrera", "Almeida", "Keller", "Fontaine", "Ribeiro", "Duarte", "Schuster",
        "Marchetti", "Lindqvist", "Carvalho", "Delacroix", "Ortega", "Hoffmann", "Barros", "Renard",
        "Iglesias", "Sauer", "Teixeira", "Girard", "Medina", "Krüger", "Pacheco", "Roussel",
        "Serrano", "Winter", "Magalhães", "Lefebvre", "Cabrera", "Brenner", "Quintela", "Vidal",
        "Arnaud", "Salgado", "Eriksen", "Morel", "Campos", "Weiss", "Pires", "Blanchard", "Rojas",
        "Falk", "Tavares", "Garnier", "Fuentes", "Lorenz", "Nogueira", "Chevalier", "Molina", "Baumann"]

# outlets: (lang, name); furniture words are in the lexicon's boilerplate list
OUTLETS = {
    "en": ["wire", "daily", "business", "pressrelease", "tribune", "herald"],
    "fr": ["depeche", "journal", "quotidien", "eco"],
    "es": ["diario", "agencia", "economia", "mx-diario"],
    "de": ["zeitung", "agentur", "wirtschaft", "ch-zeitung"],
    "pt": ["jornal", "agencia", "br-folha", "economico"],
    "zh": ["ribao", "kuaixun", "caijing", "wanbao"],
    "ja": ["shinbun", "keizai", "tsushin"],
}

CURRENCY = {  # how each language names the currency, after the number
    "EUR": {"en": "euros", "fr": "d'euros", "es": "de euros", "de": "Euro", "pt": "de euros",
            "zh": "欧元", "ja": "ユーロ"},
    "USD": {"en": "dollars", "fr": "de dollars", "es": "de dólares", "de": "US-Dollar",
            "pt": "de dólares", "zh": "美元", "ja": "ドル"},
    "GBP": {"en": "pounds", "fr": "de livres sterling", "es": "de libras", "de": "Pfund",
            "pt": "de libras", "zh": "英镑", "ja": "英ポンド"},
    "CNY": {"en": "yuan", "fr": "de yuans", "es": "de yuanes", "de": "Yuan", "pt": "de yuans",
            "zh": "元", "ja": "人民元"},
    "JPY": {"en": "yen", "fr": "de yens", "es": "de yenes", "de": "Yen", "pt": "de ienes",
            "zh": "日元", "ja": "円"},
    "BRL": {"en": "reais", "fr": "de reais", "es": "de reales", "de": "Reais", "pt": "de reais",
            "zh": "雷亚尔", "ja": "レアル"},
}
SYMBOL = {"EUR": "€", "USD": "$", "GBP": "£", "BRL": "R$"}

NBSP, NNBSP = "\u00a0", "\u202f"


def digits(lang: str, value: Decimal, group_small: bool = True, fr_space: str = NNBSP) -> str:
    """A number as the language writes it: 4,300 / 4 300 / 4.300 / 4300; 18.64 / 18,64."""
    value = value.normalize()
    sign, text = ("-", format(-value, "f")) if value < 0 else ("", format(value, "f"))
    whole, _, frac = text.partition(".")
    if lang in ("zh", "ja") or (len(whole) <= 4 and not group_small):
        grouped = whole
    else:
        sep = {"en": ",", "fr": fr_space}.get(lang, ".")
        parts = []
        while len(whole) > 3:
            parts.insert(0, whole[-3:])
            whole = whole[:-3]
        grouped = sep.join([whole, *parts])
    point = "." if lang in ("en", "zh", "ja") else ","
    return sign + grouped + (point + frac if frac else "")


def _cjk_big(lang: str, value: Decimal) -> str:
    """亿/万 writing: 186.4亿, 3.5亿, 450万 (zh); 186億4000万, 3億5000万, 450万 (ja)."""
    if lang == "zh":
        if value >= 100_000_000:
            return digits(lang, value / 100_000_000) + "亿"
        if value >= 10_000:
            return digits(lang, value / 10_000) + "万"
        return digits(lang, value)
    if value >= 100_000_000:
        oku, rest = divmod(value, 100_000_000)
        head = f"{int(oku)}億"
        return head + (f"{digits(lang, rest / 10_000)}万" if rest else "")
    if value >= 10_000:
        man, rest = divmod(value, 10_000)
        return f"{int(man)}万" + (digits(lang, rest) if rest else "")
    return digits(lang, value)


def money(lang: str, value: Decimal, cur: str, style: int = 0) -> str:
    """An amount of money in the language's usual newspaper form."""
    name = CURRENCY[cur][lang]
    if lang in ("zh", "ja"):
        if lang == "zh" and cur == "CNY":
            return _cjk_big(lang, value) + "元"
        return _cjk_big(lang, value) + name
    big = value >= 1_000_000_000
    if lang == "en":
        scale, word = (Decimal(10) ** 9, "billion") if big else (Decimal(10) ** 6, "million")
        x = digits(lang, value / scale)
        if cur in SYMBOL and style % 3 != 2:
            return f"{SYMBOL[cur]}{x} {word}" if style % 3 == 0 else f"{SYMBOL[cur]}{x}{word[0]}n"
        return f"{x} {word} {name}"
    if lang == "es":
        return f"{digits(lang, value / 10 ** 6, group_small=True)} millones {name}"
    if lang == "fr":
        scale, word = (10 ** 9, "milliards") if big else (10 ** 6, "millions")
        return f"{digits(lang, value / scale)} {word} {name}"
    if lang == "de":
        scale, word = (10 ** 9, "Milliarden" if style % 2 == 0 else "Mrd.") if big else \
            (10 ** 6, "Millionen" if style % 2 == 0 else "Mio.")
        return f"{digits(lang, value / scale)} {word} {name}"
    # pt: Brazil writes bilhões with a symbol, Portugal mil milhões
    if cur in ("BRL", "USD") and style % 2 == 0:
        scale, word = (10 ** 9, "bilhões") if big else (10 ** 6, "milhões")
        sym = {"BRL": "R$", "USD": "US$"}[cur]
        return f"{sym} {digits(lang, value / scale)} {word}"
    scale, word = (10 ** 9, "mil milhões") if big else (10 ** 6, "milhões")
    return f"{digits(lang, value / scale)} {word} {name}"


def money_over(lang: str, value: Decimal, cur: str) -> str:
    """A headline's rounded lower bound: "more than €18 billion", "逾180亿欧元"."""
    scale = Decimal(10) ** (9 if value >= 10 ** 9 else 6)
    if lang == "zh":
        scale = Decimal(10) ** (8 if value >= 10 ** 8 else 4)
    low = (value / scale).to_integral_value(rounding="ROUND_FLOOR") * scale
    if low == value:
        return money(lang, value, cur)
    body = money(lang, low, cur)
    return {"en": f"more than {body}", "fr": f"plus de {body}", "es": f"más de {body}",
            "de": f"über {body}", "pt": f"mais de {body}", "zh": f"逾{body}",
            "ja": f"{body}超"}[lang]


def count(lang: str, value: Decimal) -> str:
    if lang in ("zh", "ja") and value >= 10_000 and value % 1000 == 0:
        return _cjk_big(lang, value)
    if lang == "pt" and value >= 10_000 and value % 1000 == 0 and value < 1_000_000:
        return f"{digits(lang, value / 1000)} mil"
    return digits(lang, value, group_small=lang != "es")


def percent(lang: str, value: Decimal) -> str:
    x = digits(lang, value)
    return {"en": f"{x}%", "fr": f"{x}{NBSP}%", "es": f"{x} %", "de": f"{x} Prozent",
            "pt": f"{x}%", "zh": f"{x}%", "ja": f"{x}%"}[lang]


_MEASURES = {  # unit -> per language: (scale divisor, suffix)
    "km": {"en": "{} km", "fr": "{}\u00a0km", "es": "{} kilómetros", "de": "{} Kilometer",
           "pt": "{} quilómetros", "zh": "{}公里", "ja": "{}キロメートル"},
    "ha": {"en": "{} hectares", "fr": "{} hectares", "es": "{} hectáreas", "de": "{} Hektar",
           "pt": "{} hectares", "zh": "{}公顷", "ja": "{}ヘクタール"},
    "km2": {"en": "{} square kilometres", "fr": "{}\u00a0km²", "es": "{} kilómetros cuadrados",
            "de": "{} Quadratkilometer", "pt": "{} km²", "zh": "{}平方公里", "ja": "{}平方キロメートル"},
    "m2": {"en": "{} square metres", "fr": "{}\u00a0m²", "es": "{} metros cuadrados",
           "de": "{} Quadratmeter", "pt": "{} metros quadrados", "zh": "{}平方米", "ja": "{}平方メートル"},
    "MW": {"en": "{} MW", "fr": "{} mégawatts", "es": "{} megavatios", "de": "{} Megawatt",
           "pt": "{} MW", "zh": "{}兆瓦", "ja": "{}メガワット"},
    "t": {"en": "{} tonnes", "fr": "{} tonnes", "es": "{} toneladas", "de": "{} Tonnen",
          "pt": "{} toneladas", "zh": "{}吨", "ja": "{}トン"},
    "mm": {"en": "{} mm", "fr": "{}\u00a0mm", "es": "{} milímetros", "de": "{} Millimeter",
           "pt": "{} milímetros", "zh": "{}毫米", "ja": "{}ミリメートル"},
}


def measure(lang: str, value: Decimal, unit: str) -> str:
    if unit == "t" and value >= 1_000_000:
        if lang in ("zh", "ja"):
            return _MEASURES[unit][lang].format(_cjk_big(lang, value))
        x = digits(lang, value / 1_000_000)
        return {"en": f"{x} million tonnes", "fr": f"{x} millions de tonnes",
                "es": f"{x} millones de toneladas", "de": f"{x} Millionen Tonnen",
                "pt": f"{x} milhões de toneladas"}[lang].replace(
                    "1 millions", "1 million").replace("1 milhões", "1 milhão")
    if unit == "m2" and lang in ("zh", "ja") and value >= 10_000:
        return _MEASURES[unit][lang].format(_cjk_big(lang, value))
    return _MEASURES[unit][lang].format(digits(lang, value, group_small=lang != "es"))


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
}


def full_date(lang: str, d) -> str:
    if lang in ("zh", "ja"):
        return f"{d.year}年{d.month}月{d.day}日"
    m = MONTHS[lang][d.month - 1]
    return {"en": f"{d.day} {m} {d.year}", "fr": f"{d.day} {m} {d.year}",
            "es": f"{d.day} de {m} de {d.year}", "de": f"{d.day}. {m} {d.year}",
            "pt": f"{d.day} de {m} de {d.year}"}[lang]


def month_year(lang: str, year: int, month: int) -> str:
    if lang in ("zh", "ja"):
        return f"{year}年{month}月"
    m = MONTHS[lang][month - 1]
    return {"en": f"{m} {year}", "fr": f"{m} {year}", "es": f"{m} de {year}",
            "de": f"{m} {year}", "pt": f"{m} de {year}"}[lang]
