import BenchmarkData
import Foundation

// tilmash-corpus [--out DIR] [--mb N] [--seed N] [--smoke]
//
// Writes the benchmark corpus and glossaries (see CorpusGenerator) into DIR, by default
// data/ next to this package's Package.swift. The same arguments give the same bytes.
var arguments = Array(CommandLine.arguments.dropFirst())
var parameters = CorpusGenerator.Parameters()
var output = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("data")
while !arguments.isEmpty {
  let argument = arguments.removeFirst()
  switch argument {
  case "--out": output = URL(fileURLWithPath: arguments.removeFirst())
  case "--mb": parameters.corpusBytes = Int(Double(arguments.removeFirst())! * 1_000_000)
  case "--seed": parameters.seed = UInt64(arguments.removeFirst())!
  case "--smoke": parameters = .smoke
  case "--sizes": parameters.glossarySizes = arguments.removeFirst().split(separator: ",").map { Int($0)! }
  default:
    FileHandle.standardError.write(Data("usage: tilmash-corpus [--out DIR] [--mb N] [--seed N] [--sizes 1000,10000] [--smoke]\n".utf8))
    exit(2)
  }
}
let started = Date()
var generator = CorpusGenerator(parameters: parameters)
let summary = try generator.write(to: output)
print(
  "tilmash-corpus: \(summary.totalBytes) bytes in \(summary.articles.values.reduce(0, +)) articles "
    + "(\(summary.bytes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))), "
    + "\(summary.insertedTerms) terms put in, glossaries \(parameters.glossarySizes), into \(output.path) "
    + "in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
