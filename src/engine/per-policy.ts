// Memo tables kept per policy object. A process mostly computes with one policy, so the last one
// asked for is answered by an identity check; others through a WeakMap (a policy no longer used
// is collected with its tables; only the last one is held).

export class PerPolicy<K extends object, V> {
  readonly #tables = new WeakMap<K, V>()
  #lastKey: K | undefined
  #lastValue: V | undefined

  constructor(private readonly make: (key: K) => V) {}

  get(key: K): V {
    if (key === this.#lastKey) return this.#lastValue as V
    let value = this.#tables.get(key)
    if (value === undefined) {
      value = this.make(key)
      this.#tables.set(key, value)
    }
    this.#lastKey = key
    this.#lastValue = value
    return value
  }
}

/** Values longer than this are answered every time, never kept (a table holds short values only). */
export const LONGEST_KEPT_VALUE = 200

/**
 * Answers about short field values (a ticket type, a severity), per policy, worked out once per
 * distinct value: such values repeat endlessly. At most `limit` are kept per policy, none longer
 * than LONGEST_KEPT_VALUE.
 */
export class PerValue<K extends object, V> {
  readonly #tables: PerPolicy<K, Map<string, V>> = new PerPolicy(() => new Map())

  constructor(
    private readonly make: (key: K, value: string) => V,
    private readonly limit = 4096,
  ) {}

  get(key: K, value: string): V {
    if (value.length > LONGEST_KEPT_VALUE) return this.make(key, value)
    const table = this.#tables.get(key)
    let answer = table.get(value)
    if (answer === undefined && !table.has(value)) {
      answer = this.make(key, value)
      if (table.size >= this.limit) table.clear()
      table.set(value, answer)
    }
    return answer as V
  }
}
