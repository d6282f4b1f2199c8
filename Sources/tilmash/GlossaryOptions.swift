import ArgumentParser
import Foundation
import TilmashGlossary

/// The glossary options every command shares: `--glossary PATH` (repeatable) and
/// `--no-default-glossaries`. Commands pull them in with `@OptionGroup var glossaries: GlossaryOptions`.
struct GlossaryOptions: ParsableArguments {
  @Option(
    name: .customLong("glossary"),
    help: ArgumentHelp(
      "A glossary file (.csv, .tsv or .tbx) to load after the shipped ones; repeat for several.",
      discussion: "An entry whose id was already loaded replaces the earlier entry.",
      valueName: "path"))
  var paths: [String] = []

  @Flag(name: .customLong("no-default-glossaries"), help: "Do not load the glossaries shipped with Tilmash.")
  var noDefaultGlossaries = false

  /// The merged glossary. Every error of every file is written to standard error as
  /// `file:line:col: error: message`; when there is any, the command fails with exit status 1.
  /// With `cache`, files parsed before are read back from it.
  func load(cache: IndexCache?) throws -> Glossary {
    try report(GlossaryLoader.load(paths: paths, includeDefaults: !noDefaultGlossaries, cache: cache))
  }

  /// The files these options name, read and keyed for `load(_:cache:)`; nil when one cannot be
  /// read (`load(cache:)` reports it).
  func sources(cache: IndexCache) -> GlossaryLoader.Sources? {
    GlossaryLoader.sources(paths: paths, includeDefaults: !noDefaultGlossaries, cache: cache)
  }

  /// The merged glossary of `sources`, reported and failing as `load(cache:)`.
  func load(_ sources: GlossaryLoader.Sources, cache: IndexCache) throws -> Glossary {
    try report(GlossaryLoader.load(sources, cache: cache))
  }

  private func report(_ loaded: GlossaryLoader.Loaded) throws -> Glossary {
    IndexCacheOptions.note(loaded.cacheProblems)
    for diagnostic in loaded.diagnostics {
      FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
    if loaded.hasErrors { throw ExitCode.failure }
    return loaded.glossary
  }
}
