SELECT to_char(CAST("t0_invoices"."invoice_date" AS TIMESTAMP), 'YYYY-MM') AS "month", CASE WHEN ("t0_genres"."name" = $1) THEN $2 ELSE $3 END AS "c1", CASE WHEN ("t0_genres"."name" = $4) THEN "t0_invoices"."customer_id" END AS "k2", CASE WHEN ("t0_genres"."name" = $5) THEN $6 ELSE $7 END AS "c3", CASE WHEN ("t0_genres"."name" = $8) THEN $9 ELSE $10 END AS "c4", CAST(ROUND(CAST(("t0_invoice_lines"."unit_price" * "t0_invoice_lines"."quantity" * $11) AS NUMERIC)) AS BIGINT) AS "c5", "t0_invoice_lines"."unit_price" AS "v6", "t0_invoice_lines"."unit_price" AS "b7", "t0_invoice_lines"."quantity" AS "b8", "t0_invoice_lines"."id" AS "row_key"
FROM "invoice_lines" AS "t0_invoice_lines"
LEFT JOIN "invoices" AS "t0_invoices" ON ("t0_invoices"."id" = "t0_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t0_tracks" ON ("t0_tracks"."id" = "t0_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t0_genres" ON ("t0_genres"."id" = "t0_tracks"."genre_id")
WHERE (("t0_invoices"."invoice_date" < $12) OR (("t0_invoices"."invoice_date" IS NULL) OR CAST("t0_invoices"."invoice_date" AS TEXT) NOT SIMILAR TO $13))
-- bindings:
-- 1: text 'Jazz'
-- 2: integer 1
-- 3: integer 0
-- 4: text 'Jazz'
-- 5: text 'Jazz'
-- 6: integer 1
-- 7: integer 0
-- 8: text 'Jazz'
-- 9: integer 1
-- 10: integer 0
-- 11: integer 100
-- 12: text '2025-11-01'
-- 13: text '[0-9]{4}-(0[1-9]|1[0-2])%'
