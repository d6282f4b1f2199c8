import Foundation
import PackagePlugin

/// Compiles the data files of a target (its `Data/` folder, and for `TilmashGlossary` the
/// package's `Glossaries/`) into a generated Swift file, so that rule sets, suffix tables and
/// glossaries stay data in the repository and still ship inside the binary, wherever it runs.
@main
struct EmbedData: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    var roots: [(label: String, url: URL)] = [("", target.directoryURL.appending(path: "Data"))]
    if target.name == "TilmashGlossary" {
      roots.append(("Glossaries/", context.package.directoryURL.appending(path: "Glossaries")))
    }
    var arguments: [String] = []
    var inputs: [URL] = []
    let fileManager = FileManager.default
    for root in roots {
      guard let names = try? fileManager.subpathsOfDirectory(atPath: root.url.path()) else { continue }
      for name in names.sorted() {
        let url = root.url.appending(path: name)
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: url.path(), isDirectory: &isDirectory), !isDirectory.boolValue,
          !name.hasPrefix("."), !name.hasSuffix(".md")
        else { continue }
        inputs.append(url)
        arguments += [root.label + name, url.path()]
      }
    }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) data files into \(target.name)",
        executable: try context.tool(named: "embed-data").url,
        arguments: [output.path()] + arguments,
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
