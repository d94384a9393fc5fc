SELECT CAST("t0_invoices"."customer_id" AS TEXT) AS "key", to_char(CAST("t0_invoices"."invoice_date" AS TIMESTAMP), 'YYYY-MM') AS "month", COUNT(*) AS "rows"
FROM "invoice_lines" AS "t0_invoice_lines"
LEFT JOIN "invoices" AS "t0_invoices" ON ("t0_invoices"."id" = "t0_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t0_tracks" ON ("t0_tracks"."id" = "t0_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t0_genres" ON ("t0_genres"."id" = "t0_tracks"."genre_id")
WHERE (("t0_invoices"."invoice_date" < $1) AND ("t0_genres"."name" = $2) AND ("t0_invoices"."customer_id" IS NOT NULL))
GROUP BY CAST("t0_invoices"."customer_id" AS TEXT), to_char(CAST("t0_invoices"."invoice_date" AS TIMESTAMP), 'YYYY-MM')
ORDER BY CAST("t0_invoices"."customer_id" AS TEXT), to_char(CAST("t0_invoices"."invoice_date" AS TIMESTAMP), 'YYYY-MM')
-- bindings:
-- 1: text '2025-11-01'
-- 2: text 'Jazz'
