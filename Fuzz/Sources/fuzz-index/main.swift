import Foundation
import TilmashAnnotate
import TilmashGlossary
import TilmashText

// libFuzzer's driver: it calls `testOneInput` with each input it makes.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// A glossary with terms and names in three languages and scripts, so that the matcher's every
/// table has content.
let glossary = Glossary(entries: [
  Entry(id: "t-joint-exercise", forms: ["en": [Form("joint exercise", status: .preferred)], "tr": [Form("ortak tatbikat", status: .preferred)], "kk": [Form("бірлескен жаттығу", status: .preferred)]]),
  Entry(id: "t-mfa", forms: ["tr": [Form("Dışişleri Bakanlığı", status: .preferred)], "kk": [Form("Сыртқы істер министрлігі", status: .preferred)]]),
  Entry(id: "p-akar", kind: .person, forms: ["en": [Form("Hulusi Akar", status: .preferred)], "tr": [Form("Hulusi Akar", status: .preferred)]]),
  Entry(id: "p-nazarbayev", kind: .person, forms: ["en": [Form("Nursultan Nazarbayev", status: .preferred)], "kk": [Form("Нұрсұлтан Назарбаев", status: .preferred)]]),
  Entry(id: "org-nato", kind: .organization, forms: ["en": [Form("NATO", status: .preferred)]]),
  Entry(id: "plc-kz", kind: .place, forms: ["kk": [Form("Қазақстан", status: .preferred)], "en": [Form("Kazakhstan", status: .preferred), Form("Kazakstan", status: .deprecated)]]),
])

let texts: [(String, DocumentLanguage)] = [
  ("Hulusi Akar, Dışişleri Bakanlığı'nda ortak tatbikatları anlattı; NATO.", .turkish),
  ("Нұрсұлтан Назарбаевтың бірлескен жаттығуы, Қазақстан.", .kazakh),
  ("Akar and Nursultan Nazarbaev in Kazakstan: joint exercises of NATO.", .english),
]

/// Writes the matcher's and the lookup index's bytes as the first inputs of a corpus when
/// asked: `fuzz-index --seed DIR`.
let arguments = CommandLine.arguments
if arguments.count == 3, arguments[1] == "--seed" {
  let directory = URL(fileURLWithPath: arguments[2])
  try Data(Matcher(glossary: glossary).serialized()).write(to: directory.appending(path: "matcher.bin"))
  try Data(GlossaryIndex(glossary: glossary).serialized()).write(to: directory.appending(path: "glossary-index.bin"))
  var writer = BinaryWriter()
  glossary.write(to: &writer)
  try Data(writer.bytes).write(to: directory.appending(path: "glossary.bin"))
  exit(0)
}

/// Every input is read as each kind of cached value; whatever comes out is used.
let testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32 = { data, size in
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  if let matcher = try? Matcher(serialized: bytes, glossary: glossary) {
    for (text, language) in texts { _ = matcher.annotate(text, language: language) }
  }
  if let index = try? GlossaryIndex(serialized: bytes, glossary: glossary) {
    for (text, _) in texts { _ = index.lookup(text, options: LookupOptions(fuzzy: true)) }
    for query in ["Nazarbaev", "dışişleri bakanlığı'nın", "joint exercse"] {
      _ = index.lookup(query, options: LookupOptions(fuzzy: true))
    }
  }
  if let read = try? Glossary(serialized: bytes) {
    _ = read.entries.map { $0.preferredForms }
  }
  return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
_ = LLVMFuzzerRunDriver(&argc, &argv, testOneInput)
