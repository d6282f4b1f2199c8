import Testing

@testable import TilmashText

/// Native Kazakh words (no loanword letters): every special letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І), И and Й
/// in their positions, Х and Һ, places and names.
let nativeKazakhWords = [
  "Қазақстан", "Алматы", "Астана", "Шымкент", "Қарағанды", "Ақтөбе", "Өскемен", "Жезқазған", "Атырау",
  "Абай", "ай", "той", "үй", "сөйлеу", "ойын", "ине", "ит", "сиыр", "тиын", "биік", "жиырма", "ми",
  "әке", "ана", "бала", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он",
  "жүз", "мың", "қала", "ауыл", "су", "тау", "көл", "өзен", "жол", "күн", "түн", "жаңа", "ескі",
  "үлкен", "кіші", "жақсы", "ұлы", "ұлт", "тіл", "мемлекет", "халық", "қой", "киім", "киіз", "биыл",
  "жиі", "тиіс", "үйрену", "бұйрық", "құйрық", "сұйық", "түйе", "әйел", "қайда", "айран", "жайлау",
  "ұйқы", "Ұлытау", "Іле", "Ертіс", "Есіл", "Теміртау", "Көкшетау", "Түркістан", "Тараз", "Семей",
  "Қызылорда", "Талдықорған", "Қостанай", "Жаңаөзен", "Байқоңыр", "Балқаш", "Ғалым", "Мұхтар",
  "Шоқан", "Шәкәрім", "Ыбырай", "Мағжан", "Бейімбет", "Қасым", "Жомарт", "Тоқаев", "Нұрсұлтан",
  "Назарбаев", "Айгүл", "Дәурен", "Бауыржан", "Гүлнар", "Ботагөз", "Жібек", "шаһар", "жиһаз",
  "гауһар", "қаһарман", "мәшһүр", "Аллаһ", "хабар", "тарих", "сайын", "тоғайы", "құйын", "иә", "ие",
  "шахмат", "Әуезов", "Іңкәр",
]

/// Upper, title and lower case of each word, with Kazakh casing (І stays Cyrillic).
let nativeKazakhWordsInEveryCase: [String] = nativeKazakhWords.flatMap { word in
  [CaseMapping.uppercase(word, language: .kazakh), word, CaseMapping.lowercase(word, language: .kazakh)]
}

struct TransliterationTableTests {
  @Test func theRoundTripTableIsLargeEnough() {
    #expect(nativeKazakhWords.count >= 60)
    let letters = Set(nativeKazakhWords.joined().lowercased())
    for letter in "әғқңөұүһіийх" { #expect(letters.contains(letter), "\(letter)") }
  }

  @Test(arguments: nativeKazakhWordsInEveryCase)
  func latinRoundTripsNativeWords(word: String) throws {
    let latin = try TransliterationScheme.named("kk-latn-2021").transliterate(word)
    let back = try TransliterationScheme.named("kk-cyrl-2021").transliterate(latin)
    #expect(scalars(back) == scalars(word), "via \(latin)")
    let eng = try TransliterationScheme.named("kk-latn-2021", options: .init(eng: true)).transliterate(word)
    #expect(try TransliterationScheme.named("kk-cyrl-2021").transliterate(eng) == word)
  }

  @Test(arguments: [
    // i after a vowel is Й, elsewhere И; У does not count as a vowel.
    ("ai", "ай"), ("Abai", "Абай"), ("ABAİ", "АБАЙ"), ("üi", "үй"), ("söileu", "сөйлеу"), ("Äiel", "Әйел"),
    ("ine", "ине"), ("İne", "Ине"), ("it", "ит"), ("siyr", "сиыр"), ("mi", "ми"), ("Luiza", "Луиза"),
    // I ı is І і; Y y is Ы ы.
    ("Ile", "Іле"), ("ILE", "ІЛЕ"), ("bır", "бір"), ("Qyzylorda", "Қызылорда"),
    // h is Х, except in the Һ stems.
    ("halyq", "халық"), ("tarih", "тарих"), ("şahmat", "шахмат"), ("şahar", "шаһар"), ("ŞAHAR", "ШАҺАР"),
    ("jihaz", "жиһаз"), ("Allah", "Аллаһ"), ("qaharman", "қаһарман"),
    // Ñ and Ŋ are both Ң.
    ("jaña", "жаңа"), ("jaŋa", "жаңа"), ("ÑŊ", "ҢҢ"),
    // Decomposed input is composed first.
    ("a\u{308}", "ә"),
  ])
  func cyrillicFromLatin(input: String, expected: String) throws {
    #expect(scalars(try TransliterationScheme.named("kk-cyrl-2021").transliterate(input)) == scalars(expected))
  }

  @Test(arguments: [
    ("Шымкент", "Shymkent"), ("ШЫМКЕНТ", "SHYMKENT"), ("шымкент", "shymkent"),
    ("Қарағанды", "Qaraghandy"), ("ҚАРАҒАНДЫ", "QARAGHANDY"), ("Ақтөбе", "Aqtöbe"), ("Өскемен", "Öskemen"),
    ("Жезқазған", "Zhezqazghan"), ("ЖЕЗҚАЗҒАН", "ZHEZQAZGHAN"), ("Алматы", "Almaty"), ("Атырау", "Atyraū"),
    ("Абай", "Abay"), ("Өңірек", "Öngirek"), ("Қазақстан", "Qazaqstan"), ("Астана", "Astana"),
    ("Оңтүстік Қазақстан Облысы", "Ongtüstik Qazaqstan Oblysy"), ("Ұялы", "Uyaly"), ("Іңқардария", "Ingqardarīya"),
    ("Хамитқора", "Khamītqora"), ("Щебнюха", "Shchebnyukha"), ("Горько-Солёное", "Gor’ko-Solyonoe"),
    ("Энгельс", "Ėngel’s"), ("Линейский", "Līneyskīy"), ("Цуриковка", "Tsūrīkovka"), ("Чайкино", "Chaykīno"),
    ("Шөміштікөл", "Shömishtiköl"), ("КӨШ", "KÖSH"), ("Ш", "Sh"), ("ТАУ", "TAŪ"), ("Kazakhstan", "Kazakhstan"),
  ])
  func bgn(input: String, expected: String) throws {
    #expect(scalars(try TransliterationScheme.named("kk-bgn").transliterate(input)) == scalars(expected))
  }

  @Test(arguments: [
    ("Тоқаев", "Tokayev"), ("ТОҚАЕВ", "TOKAYEV"), ("тоқаев", "tokayev"), ("Ермекбаев", "Yermekbayev"),
    ("ЕРМЕКБАЕВ", "YERMEKBAYEV"), ("Нұр-Сұлтан", "Nur-Sultan"), ("НҰР-СҰЛТАН", "NUR-SULTAN"),
    ("Назарбаев", "Nazarbayev"), ("Қасым-Жомарт", "Kasym-Zhomart"), ("Жаңаөзен", "Zhanaozen"),
    ("Ақтөбе", "Aktobe"), ("Өскемен", "Oskemen"), ("Шымкент", "Shymkent"), ("Әлихан", "Alikhan"),
    ("Бауыржан", "Bauyrzhan"), ("Сапиев", "Sapiyev"), ("Әуезов", "Auezov"), ("Семей", "Semey"),
    ("Түркістан", "Turkistan"), ("Ілияс", "Iliyas"), ("Бектенов", "Bektenov"), ("Ерлан", "Yerlan"),
    ("Георгий", "Georgiy"), ("Красный", "Krasnyy"), ("Пётр", "Pyotr"), ("Усть-Каменогорск", "Ust-Kamenogorsk"),
    ("Nur-Sultan", "Nur-Sultan"),
  ])
  func englishPress(input: String, expected: String) throws {
    #expect(scalars(try TransliterationScheme.named("kk-en-press").transliterate(input)) == scalars(expected))
  }

  @Test(arguments: [
    ("Тоқаев", "Tokayev"), ("ТОҚАЕВ", "TOKAYEV"), ("Нұрсұлтан Назарбаев", "Nursultan Nazarbayev"),
    ("НҰРСҰЛТАН НАЗАРБАЕВ", "NURSULTAN NAZARBAYEV"), ("нұрсұлтан", "nursultan"), ("Ермекбаев", "Yermekbayev"),
    ("Еркебұлан Сапиев", "Yerkebulan Sapiyev"), ("Олжас Бектенов", "Oljas Bektenov"),
    ("Қабдеш Жұмаділов", "Kabdeş Jumadilov"), ("Әлихан Бөкейхан", "Alihan Bökeyhan"),
    ("Сәкен Сейфуллин", "Saken Seyfullin"), ("Кенесары", "Kenesarı"), ("Алматы", "Almatı"),
    ("ҚАСЫМ", "KASIM"), ("Ілияс", "İliyas"), ("ІЛИЯС", "İLİYAS"), ("Қасым-Жомарт", "Kasım-Jomart"),
    ("Шымкент", "Şımkent"), ("Ақтөбе", "Aktöbe"), ("Жаңаөзен", "Janaözen"), ("Ұлытау", "Ulıtau"),
    ("Әуезов", "Auezov"), ("Kazakistan", "Kazakistan"),
  ])
  func turkishPress(input: String, expected: String) throws {
    #expect(scalars(try TransliterationScheme.named("kk-tr-press").transliterate(input)) == scalars(expected))
  }

  /// Every scheme keeps other text as it is: digits, punctuation, Latin or CJK.
  @Test(arguments: ["kk-latn-2021", "kk-bgn", "kk-en-press", "kk-tr-press"])
  func cyrillicSchemesLeaveOtherTextAlone(scheme: String) throws {
    let other = "Kazakhstan 2021 — «İstanbul», 東京, \u{FEFF}\u{0}!"
    #expect(try TransliterationScheme.named(scheme).transliterate(other) == other)
  }

  @Test func schemesAreSafeToShareBetweenTasks() async throws {
    let scheme = try TransliterationScheme.named("kk-bgn")
    let results = await withTaskGroup(of: String.self) { group in
      for _ in 0..<8 { group.addTask { scheme.transliterate("Қарағанды Жезқазған") } }
      return await group.reduce(into: [String]()) { $0.append($1) }
    }
    #expect(results == Array(repeating: "Qaraghandy Zhezqazghan", count: 8))
  }
}
