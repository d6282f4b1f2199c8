import Testing

@testable import TilmashText

/// Runs a named scheme; a scheme that fails to compile fails the test.
private func run(_ scheme: String, _ input: String, _ options: TransliterationOptions = .default) throws -> String {
  try TransliterationScheme.named(scheme, options: options).transliterate(input)
}

struct TransliterationSchemeTests {
  @Test func builtInSchemesAllCompileInAStableOrder() throws {
    #expect(
      TransliterationScheme.builtIn.map(\.name)
        == ["kk-latn-2021", "kk-cyrl-2021", "kk-bgn", "kk-en-press", "kk-tr-press", "tr-ascii"])
    for scheme in TransliterationScheme.builtIn {
      #expect(!scheme.summary.isEmpty)
      #expect(!scheme.summary.contains("\n"))
      #expect(scheme.example.output != scheme.example.input, "\(scheme.name)")
    }
    for profile in LoanwordProfile.allCases {
      for eng in [false, true] {
        _ = try TransliterationScheme.named("kk-latn-2021", options: .init(loanwords: profile, eng: eng))
      }
    }
  }

  @Test(arguments: [
    // Places, in lower, title and upper case.
    ("Қазақстан", "Qazaqstan"), ("ҚАЗАҚСТАН", "QAZAQSTAN"), ("қазақстан", "qazaqstan"),
    ("Шымкент", "Şymkent"), ("ШЫМКЕНТ", "ŞYMKENT"), ("Қарағанды", "Qarağandy"),
    ("Ақтөбе", "Aqtöbe"), ("Өскемен", "Öskemen"), ("Жезқазған", "Jezqazğan"), ("Алматы", "Almaty"),
    ("Атырау", "Atyrau"), ("Түркістан", "Türkıstan"), ("ТҮРКІСТАН", "TÜRKISTAN"), ("Іле", "Ile"),
    ("Ұлытау", "Ūlytau"), ("ҰЛЫТАУ", "ŪLYTAU"), ("Байқоңыр", "Baiqoñyr"), ("Көкшетау", "Kökşetau"),
    // Names.
    ("Абай", "Abai"), ("Қасым-Жомарт Тоқаев", "Qasym-Jomart Toqaev"), ("Нұрсұлтан Назарбаев", "Nūrsūltan Nazarbaev"),
    ("Ермекбаев", "Ermekbaev"), ("Шәкәрім", "Şäkärım"), ("Ғабит Мүсірепов", "Ğabit Müsırepov"),
    ("Иманғали", "İmanğali"), ("ИМАНҒАЛИ", "İMANĞALİ"),
    // Common words, Х and Һ, И and Й.
    ("мемлекет", "memleket"), ("халық", "halyq"), ("шаһар", "şahar"), ("үй", "üi"), ("ине", "ine"),
    ("сөйлеу", "söileu"), ("Әйел", "Äiel"), ("ӘЙЕЛ", "ÄİEL"), ("киім", "kiım"), ("КИІМ", "KİIM"),
    // Other scripts pass through.
    ("Kazakhstan, İstanbul, 2021!", "Kazakhstan, İstanbul, 2021!"), ("Россия", "Rossiia"),
  ])
  func kazakhLatin2021(input: String, expected: String) throws {
    #expect(scalars(try run("kk-latn-2021", input)) == scalars(expected))
  }

  @Test(arguments: [
    (LoanwordProfile.standard, "Ялта, ЯЛТА, щётка, ЩЁТКА, цемент, чемпион, подъезд, Эльбрус", "İalta, İALTA, şçiotka, ŞÇİOTKA, cement, çempion, podezd, Elbrus"),
    (.pronounced, "Ялта, ЯЛТА, щётка, ЩЁТКА, цемент, чемпион, подъезд, Эльбрус", "İalta, İALTA, şiotka, ŞİOTKA, sement, şempion, podezd, Elbrus"),
    (.apostrophe, "Ялта, ЯЛТА, щётка, ЩЁТКА, цемент, чемпион, подъезд, Эльбрус", "İalta, İALTA, şhetka, ŞHETKA, cement, chempion, pod'ezd, El'brus"),
    (.standard, "Чехия ЧЕХИЯ Юрий", "Çehiia ÇEHİİA İurii"),
    (.apostrophe, "Чехия ЧЕХИЯ Ч", "Chehiia CHEHİİA Ch"),
  ])
  func loanwordProfiles(profile: LoanwordProfile, input: String, expected: String) throws {
    #expect(scalars(try run("kk-latn-2021", input, .init(loanwords: profile))) == scalars(expected))
  }

  @Test func engOption() throws {
    #expect(try run("kk-latn-2021", "Аңыз ҢҢ жаңа") == "Añyz ÑÑ jaña")
    #expect(try run("kk-latn-2021", "Аңыз ҢҢ жаңа", .init(eng: true)) == "Aŋyz ŊŊ jaŋa")
  }

  @Test func decomposedInputIsComposedFirst() throws {
    #expect(try run("kk-latn-2021", "и\u{306}ә") == "iä")
    #expect(try run("tr-ascii", "I\u{307}stanbul g\u{306}") == "Istanbul g")
  }

  @Test(arguments: [
    ("Bakanlığı", "Bakanligi"), ("İSTANBUL", "ISTANBUL"), ("ılıca", "ilica"), ("ILICA", "ILICA"),
    ("Dışişleri Bakanlığı", "Disisleri Bakanligi"), ("DIŞİŞLERİ", "DISISLERI"), ("Çanakkale", "Canakkale"),
    ("Gümüşhane", "Gumushane"), ("ÖĞRENCİ", "OGRENCI"), ("Millî", "Milli"), ("Kâzım", "Kazim"),
    ("Hûd", "Hud"), ("ÂLÎ ÛMRAN", "ALI UMRAN"), ("i\u{307}stanbul", "istanbul"), ("Kazakistan'a", "Kazakistan'a"),
    ("Қазақстан", "Қазақстан"), ("Ağrı Iğdır", "Agri Igdir"),
  ])
  func turkishASCII(input: String, expected: String) throws {
    #expect(try run("tr-ascii", input) == expected)
  }

  @Test func unknownSchemeListsTheKnownOnes() {
    #expect(throws: TransliterationError.unknownScheme(name: "kk-latn-2022", known: TransliterationScheme.builtInNames)) {
      try TransliterationScheme.named("kk-latn-2022")
    }
    let message = TransliterationError.unknownScheme(name: "x", known: TransliterationScheme.builtInNames).description
    #expect(message.contains("kk-latn-2021, kk-cyrl-2021, kk-bgn"))
  }

  @Test func icuSchemes() throws {
    #expect(try TransliterationScheme.icu(id: "Any-Latin; Latin-ASCII").transliterate("Алматы") == "Almaty")
    #expect(throws: TransliterationError.self) { try TransliterationScheme.icu(id: "No-Such-Transform") }
  }

  @Test(arguments: [
    // (rules, line, offset, ICU error)
    ("a → b ;\nc → d ;\ne ] → f ;\n", 3, 0, "U_UNQUOTED_SPECIAL"),
    ("# header\n\n$v = [aeiou ;\n", 3, 4, "U_MALFORMED_SET"),
    ("a → b ;\na → c ;", 0, 0, "U_RULE_MASK_ERROR"),
  ])
  func malformedRules(rules: String, line: Int, offset: Int, icuError: String) {
    do {
      _ = try TransliterationScheme.custom(name: "broken.txt", rules: rules)
      Issue.record("compiled")
    } catch {
      guard case .malformedRules(let name, let gotError, let gotLine, let gotOffset, _, _) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(name == "broken.txt")
      #expect(gotError == icuError)
      if line > 0 {
        #expect(gotLine == line)
        #expect(gotOffset == offset)
      }
      #expect(error.description.hasPrefix("broken.txt:"))
    }
  }

  @Test func malformedRulesNameThePartAndItsLine() {
    let parts = [("main.txt", "# main\na → b ;\n"), ("profile.txt", "# profile\n\nc → d ;\nx ] → ;")]
    do {
      _ = try RuleText.compile(parts: parts, name: "test")
      Issue.record("compiled")
    } catch {
      guard case .malformedRules(let name, _, let line, _, let before, let after) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(name == "profile.txt")
      #expect(line == 4)
      #expect((before + after).contains("x ]"))
    }
  }
}
