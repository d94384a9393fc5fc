SELECT CAST("t0_invoices"."customer_id" AS TEXT) AS "key", SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 7) AS "month", COUNT(*) AS "rows"
FROM "invoice_lines" AS "t0_invoice_lines"
LEFT JOIN "invoices" AS "t0_invoices" ON ("t0_invoices"."id" = "t0_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t0_tracks" ON ("t0_tracks"."id" = "t0_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t0_genres" ON ("t0_genres"."id" = "t0_tracks"."genre_id")
WHERE (("t0_invoices"."invoice_date" < $1) AND ("t0_genres"."name" = $2) AND ("t0_invoices"."customer_id" IS NOT NULL))
GROUP BY CAST("t0_invoices"."customer_id" AS TEXT), SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 7)
ORDER BY CAST("t0_invoices"."customer_id" AS TEXT), SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 7)
-- bindings:
-- 1: text '2025-11-01'
-- 2: text 'Jazz'
