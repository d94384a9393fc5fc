/// The sources of the flag suites (``PostgresBooleanFlagTests``, ``PostgresIntegerFlagTests``):
/// orders with their customer (opted out by a flag) and the customers, over the same two tables.
enum FlagFixtureSources {
    static let ordersAndCustomers = """
        source orders {
          table orders
          key id
          time ordered_at
          join customers on customer_id
          opt_out customers.opted_out
        }

        source customers {
          table customers
          key id
        }

        """
}
