/// The days `[firstDay, endDay)` (days since 1970-01-01) a CLV fit is calibrated on.
struct CalibrationWindow: Hashable, Sendable {
    let firstDay: Int
    let endDay: Int

    /// True when the day falls in the window.
    func contains(_ day: Int) -> Bool { day >= firstDay && day < endDay }
}
