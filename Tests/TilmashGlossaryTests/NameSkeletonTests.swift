import PropertyBased
import Testing
import TilmashText

@testable import TilmashGlossary

struct NameSkeletonTests {
  func skeleton(_ name: String) -> String {
    NameSkeleton.key(Folder(language: .turkish).key(name))
  }

  @Test(arguments: [
    ("Nazarbaev", "Nazarbayev"), ("Nazarbaiev", "Nazarbayev"), ("Tokayev", "Toqaev"),
    ("Yermekbayev", "Ermekbaev"), ("Erdoğan", "Erdogan"), ("Kassym-Jomart", "Qasym-Zhomart"),
    ("Kasym", "Kassym"), ("Shymkent", "Şımkent"), ("Aliyev", "Aliev"), ("Recep", "Rejep"),
    ("Redzhep", "Recep"), ("Ghani", "Ğani"), ("Khan", "Han"), ("Ūlytau", "Ulytau"),
    ("Öskemen", "Oskemen"), ("Älihan", "Alikhan"), ("Zhanbyl", "Janbyl"),
  ])
  func variantsMeet(_ a: String, _ b: String) {
    #expect(skeleton(a) == skeleton(b), "\(skeleton(a)) vs \(skeleton(b))")
  }

  @Test(arguments: [
    ("Akar", "Akarsu"), ("Astana", "Atyrau"), ("Almaty", "Aktau"), ("Tokayev", "Tokarev"),
    ("Erdoğan", "Erdem"), ("Nazarbayev", "Nazarov"), ("Aliyev", "Alimov"), ("Kasym", "Kasymov"),
  ])
  func differentNamesStayApart(_ a: String, _ b: String) {
    #expect(skeleton(a) != skeleton(b))
  }

  @Test func exampleKeys() {
    #expect(skeleton("Nazarbayev") == "nazarbaev")
    #expect(skeleton("Nur-Sultan") == "nur sultan")
  }

  /// The compiled rules give what the rules file says, read the plain way (scalar arrays, one
  /// rule at a time), on random names over the letters the rules name, spaces, hyphens,
  /// apostrophes and letters above U+0800; `withKey` and `key` agree.
  @Test func compiledRulesAgreeWithPlainReading() async throws {
    let text = try #require(EmbeddedData.files["name-skeleton.tsv"])
    let skeleton = NameSkeleton(rules: text)
    let pieces = [
      "k", "h", "g", "z", "d", "j", "s", "c", "q", "a", "e", "i", "o", "u", "y", "ı", "ī", "ü", "ū", "ö", "ä", "â", "î", "û",
      "ô", "ğ", "ş", "ç", "ñ", "ŋ", "é", "ė", "ë", "w", "n", "r", "t", "b", "v", "kh", "sh", "ch", "shch", "dzh", "ie", "ye",
      "ay", "aia", " ", "-", "'", "\u{2019}", "\u{2010}", "\u{2011}", "ss", "ll", "қ", "ә", "ṅ", "ẏ", "中",
    ]
    let generator = Gen.element(of: pieces).compactMap { $0 }.array(of: 0...12).map { $0.joined() }
    await propertyCheck(count: 1000, input: generator) { name in
      let expected = Self.plainKey(name, rules: text)
      #expect(skeleton.key(name) == expected, "\(name)")
      var copy = name
      let viaBody = copy.withUTF8 { skeleton.withKey(utf8: $0) { String(decoding: $0, as: UTF8.self) } }
      #expect(viaBody == expected)
    }
  }

  /// The rules of `rules` applied as the file describes them, with no tables.
  static func plainKey(_ name: String, rules: String) -> String {
    var map: [(from: [Unicode.Scalar], to: [Unicode.Scalar])] = []
    var initial: [(from: [Unicode.Scalar], to: [Unicode.Scalar])] = []
    var between: [Unicode.Scalar: [Unicode.Scalar]] = [:]
    var vowels: Set<Unicode.Scalar> = []
    var doubles = false
    for line in rules.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
      let from = fields.count > 1 ? fields[1] : []
      let to = fields.count > 2 ? fields[2] : []
      switch fields.first.map({ String(String.UnicodeScalarView($0)) }) {
      case "map": map.append((from, to))
      case "initial": initial.append((from, to))
      case "between": between[from[0]] = to
      case "vowels": vowels = Set(from)
      case "doubles": doubles = true
      default: break
      }
    }
    func matches(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar], _ index: Int) -> Bool {
      index + pattern.count <= text.count && Array(text[index..<index + pattern.count]) == pattern
    }
    let input = Array(name.unicodeScalars)
    var mapped: [Unicode.Scalar] = []
    var index = 0
    while index < input.count {
      if "-'\u{2019}\u{2010}\u{2011}".unicodeScalars.contains(input[index]) {
        mapped.append(" ")
        index += 1
      } else if let rule = map.filter({ matches($0.from, input, index) }).max(by: { $0.from.count < $1.from.count }) {
        mapped += rule.to
        index += rule.from.count
      } else {
        mapped.append(input[index])
        index += 1
      }
    }
    var output: [Unicode.Scalar] = []
    func append(_ scalar: Unicode.Scalar) {
      if output.last == scalar, doubles || scalar == " " { return }
      if scalar == " ", output.isEmpty { return }
      output.append(scalar)
    }
    index = 0
    while index < mapped.count {
      let atWordStart = index == 0 || mapped[index - 1] == " "
      if atWordStart, mapped[index] != " ",
        let rule = initial.filter({ matches($0.from, mapped, index) }).max(by: { $0.from.count < $1.from.count })
      {
        rule.to.forEach(append)
        index += rule.from.count
        continue
      }
      let betweenVowels =
        index > 0 && vowels.contains(mapped[index - 1]) && index + 1 < mapped.count && vowels.contains(mapped[index + 1])
      if betweenVowels, let replacement = between[mapped[index]] {
        replacement.forEach(append)
      } else {
        append(mapped[index])
      }
      index += 1
    }
    while output.last == " " { output.removeLast() }
    return String(String.UnicodeScalarView(output))
  }
}
