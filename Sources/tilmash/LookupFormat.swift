import ArgumentParser

/// How `tilmash lookup` prints what it found.
enum LookupFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
