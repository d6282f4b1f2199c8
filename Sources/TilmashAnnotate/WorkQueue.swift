import Synchronization

/// The documents of a batch handed out to workers one at a time, numbered in input order, and
/// their results held until they are emitted in that order.
final class WorkQueue: Sendable {
  private struct State: ~Copyable {
    var iterator: AnyIterator<DocumentSource>
    var taken = 0
    var exhausted = false
    var results: [Int: (document: AnnotatedDocument, holdsWindow: Bool)] = [:]
  }

  private let state: Mutex<State>

  init(_ iterator: sending AnyIterator<DocumentSource>) {
    state = Mutex(State(iterator: iterator))
  }

  /// The next document and its position, or nil when there are no more. The sequence is read
  /// under the lock: one reader at a time, in order.
  func take() -> (Int, DocumentSource)? {
    state.withLock { state in
      guard !state.exhausted, let source = state.iterator.next() else {
        state.exhausted = true
        return nil
      }
      state.taken += 1
      return (state.taken - 1, source)
    }
  }

  /// Keeps the result at `position`; `holdsWindow`: its thread waited for room to take it,
  /// which its emission gives back.
  func finish(_ position: Int, _ document: AnnotatedDocument, holdsWindow: Bool) {
    state.withLock { $0.results[position] = (document, holdsWindow) }
  }

  /// The result at `position`, removed, if it is ready.
  func result(_ position: Int) -> (document: AnnotatedDocument, holdsWindow: Bool)? {
    state.withLock { $0.results.removeValue(forKey: position) }
  }

  /// Whether the sequence is exhausted and every document taken was emitted.
  func isDone(emitted: Int) -> Bool {
    state.withLock { $0.exhausted && $0.taken == emitted }
  }
}
