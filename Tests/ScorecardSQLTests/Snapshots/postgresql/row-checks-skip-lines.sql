WITH "windows"("id", "lo", "hi") AS (VALUES ($1, $2, $3), ($4, $5, $6))
SELECT "w"."id", "t0_genres"."name" AS "group_key", COUNT(DISTINCT "t0_invoices"."customer_id") AS "group_size", SUM(CAST(ROUND(CAST(("t0_invoice_lines"."unit_price" * "t0_invoice_lines"."quantity" * $7) AS NUMERIC)) AS BIGINT)) AS "line_revenue"
FROM "invoice_lines" AS "t0_invoice_lines"
LEFT JOIN "invoices" AS "t0_invoices" ON ("t0_invoices"."id" = "t0_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t0_tracks" ON ("t0_tracks"."id" = "t0_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t0_genres" ON ("t0_genres"."id" = "t0_tracks"."genre_id")
JOIN "windows" AS "w" ON (("t0_invoices"."invoice_date" >= "w"."lo") AND ("t0_invoices"."invoice_date" < "w"."hi"))
WHERE ((NOT (("t0_invoices"."invoice_date" IS NULL) OR CAST("t0_invoices"."invoice_date" AS TEXT) NOT SIMILAR TO $8)) AND (NOT (("t0_invoice_lines"."unit_price" IS NOT NULL) AND CAST("t0_invoice_lines"."unit_price" AS TEXT) NOT SIMILAR TO $9)) AND (NOT (("t0_invoice_lines"."unit_price" IS NOT NULL) AND (ABS("t0_invoice_lines"."unit_price") >= $10))) AND (NOT (("t0_invoice_lines"."quantity" IS NOT NULL) AND CAST("t0_invoice_lines"."quantity" AS TEXT) NOT SIMILAR TO $11)) AND (NOT (("t0_invoice_lines"."quantity" IS NOT NULL) AND (ABS("t0_invoice_lines"."quantity") >= $12))) AND (("t0_invoices"."invoice_date" >= $13) AND ("t0_invoices"."invoice_date" < $14)))
GROUP BY "w"."id", "t0_genres"."name"
-- bindings:
-- 1: integer 0
-- 2: text '2025-10-01'
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: text '2025-07-01'
-- 6: text '2025-10-01'
-- 7: integer 100
-- 8: text '[0-9]{4}-(0[1-9]|1[0-2])%'
-- 9: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 10: real 10000000000000.0
-- 11: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 12: real 10000000000000.0
-- 13: text '2025-07-01'
-- 14: text '2025-11-01'
