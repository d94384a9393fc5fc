/// The sources of a music shop, for tests of measures that name their source: invoice lines
/// join invoices, customers, tracks and genres; customers have no time column.
public enum MusicShopMetrics {
    public static let sources = """

        source invoices {
          table invoices
          key id
          time invoice_date
          customer customer_id
          join customers on customer_id
        }

        source invoice_lines {
          table invoice_lines
          key id
          time invoices.invoice_date
          customer invoices.customer_id
          join invoices on invoice_id
          join customers via invoices.customer_id
          join tracks on track_id
          join genres via tracks.genre_id
        }

        source customers {
          table customers
          key id
        }

        source tracks {
          table tracks
          key id
        }

        source genres {
          table genres
          key id
        }

        """
}
