import Synchronization

/// Compiled transliterators by scheme and options, so that each rule set is compiled once per
/// process. `Transliterator` is thread-safe, so one instance serves every caller.
final class TransliteratorCache: Sendable {
  enum Key: Hashable, Sendable {
    case scheme(String, TransliterationOptions)
    case icu(String)
  }

  private let entries = Mutex<[Key: Transliterator]>([:])

  /// The cached transliterator for `key`, made with `make` the first time. Compiling happens under
  /// the lock: a rule set takes milliseconds, and two callers never compile the same one twice.
  func transliterator(
    for key: Key, _ make: () throws(TransliterationError) -> Transliterator
  ) throws(TransliterationError) -> Transliterator {
    try entries.withLock { (entries) throws(TransliterationError) -> Transliterator in
      if let cached = entries[key] { return cached }
      let made = try make()
      entries[key] = made
      return made
    }
  }
}
