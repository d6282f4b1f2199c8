import Synchronization

/// Results of parallel work, one slot per chunk, filled from several threads.
final class ChunkResults<Value: Sendable>: Sendable {
  private let slots: Mutex<[Value]>

  init(count: Int, initial: Value) {
    slots = Mutex([Value](repeating: initial, count: count))
  }

  func set(_ index: Int, _ value: Value) {
    slots.withLock { $0[index] = value }
  }

  var values: [Value] { slots.withLock { $0 } }
}
