/// The figures of one month that the budget is planned against.
struct MonthlyActuals {
    /// Net revenue of lines kept (orders not cancelled, lines not returned), in cents.
    var netRevenueCents = 0
    /// Net revenue minus cost of the same lines, in cents.
    var grossMarginCents = 0
    /// Customers acquired in the month.
    var newCustomers = 0
    /// Campaign spend in the month, in cents.
    var marketingSpendCents = 0
}
