/// A small, fast, seeded pseudo-random generator (Steele, Lea & Flood 2014, "SplitMix").
///
/// Deterministic for a given seed on every platform, so simulations in tests and benchmarks
/// are reproducible. Not for cryptography.
///
/// ```swift
/// var rng = SplitMix64(seed: 42)
/// let u = rng.nextUniform()          // in (0, 1)
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by the seed.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform variate in the open interval (0, 1), from the top 53 bits.
    public mutating func nextUniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }
}
