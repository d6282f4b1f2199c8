import Synchronization

/// Results of parallel work, one slot per chunk, filled from several threads.
public final class ChunkResults<Value: Sendable>: Sendable {
  private let slots: Mutex<[Value]>

  public init(count: Int, initial: Value) {
    slots = Mutex([Value](repeating: initial, count: count))
  }

  public func set(_ index: Int, _ value: Value) {
    slots.withLock { $0[index] = value }
  }

  public var values: [Value] { slots.withLock { $0 } }
}
