import CICU

/// Facts about the ICU library the process loaded.
public enum ICULibrary {
  /// ICU's version, one byte per part (major, minor, milli, micro): 72.1 is `0x4801_0000`.
  /// Anything derived from ICU's data (transliterations, case mappings) and kept between runs
  /// must be keyed by it.
  public static var version: UInt32 { cicu_version() }
}
