SELECT CAST("t0_invoices"."customer_id" AS TEXT) AS "key", substr("t0_invoices"."invoice_date", ?, ?) AS "month", COUNT(*) AS "rows"
FROM "invoice_lines" AS "t0_invoice_lines"
LEFT JOIN "invoices" AS "t0_invoices" ON ("t0_invoices"."id" = "t0_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t0_tracks" ON ("t0_tracks"."id" = "t0_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t0_genres" ON ("t0_genres"."id" = "t0_tracks"."genre_id")
WHERE (("t0_invoices"."invoice_date" < ?) AND ("t0_genres"."name" = ?) AND ("t0_invoices"."customer_id" IS NOT NULL))
GROUP BY CAST("t0_invoices"."customer_id" AS TEXT), substr("t0_invoices"."invoice_date", ?, ?)
ORDER BY CAST("t0_invoices"."customer_id" AS TEXT), substr("t0_invoices"."invoice_date", ?, ?)
-- bindings:
-- 1: integer 1
-- 2: integer 7
-- 3: text '2025-11-01'
-- 4: text 'Jazz'
-- 5: integer 1
-- 6: integer 7
-- 7: integer 1
-- 8: integer 7
