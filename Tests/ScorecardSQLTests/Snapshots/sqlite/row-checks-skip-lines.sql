WITH "windows"("id", "lo", "hi") AS (VALUES (?, ?, ?), (?, ?, ?))
SELECT "w"."id", "t0_genres"."name" AS "group_key", COUNT(DISTINCT "t0_invoices"."customer_id") AS "group_size", SUM(CAST(ROUND(("t0_invoice_lines"."unit_price" * "t0_invoice_lines"."quantity" * ?)) AS INTEGER)) AS "line_revenue"
FROM "invoice_lines" AS "t0_invoice_lines"
LEFT JOIN "invoices" AS "t0_invoices" ON ("t0_invoices"."id" = "t0_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t0_tracks" ON ("t0_tracks"."id" = "t0_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t0_genres" ON ("t0_genres"."id" = "t0_tracks"."genre_id")
JOIN "windows" AS "w" ON (("t0_invoices"."invoice_date" >= "w"."lo") AND ("t0_invoices"."invoice_date" < "w"."hi"))
WHERE ((NOT (NOT ((typeof("t0_invoices"."invoice_date") = ?) AND (("t0_invoices"."invoice_date" GLOB ?) OR ("t0_invoices"."invoice_date" GLOB ?))))) AND (NOT ((typeof("t0_invoice_lines"."unit_price") IN (?, ?)) AND scorecard_not_number("t0_invoice_lines"."unit_price"))) AND (NOT (("t0_invoice_lines"."unit_price" IS NOT NULL) AND (ABS("t0_invoice_lines"."unit_price") >= ?))) AND (NOT ((typeof("t0_invoice_lines"."quantity") IN (?, ?)) AND scorecard_not_number("t0_invoice_lines"."quantity"))) AND (NOT (("t0_invoice_lines"."quantity" IS NOT NULL) AND (ABS("t0_invoice_lines"."quantity") >= ?))) AND (("t0_invoices"."invoice_date" >= ?) AND ("t0_invoices"."invoice_date" < ?)))
GROUP BY "w"."id", "t0_genres"."name"
-- bindings:
-- 1: integer 0
-- 2: text '2025-10-01'
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: text '2025-07-01'
-- 6: text '2025-10-01'
-- 7: integer 100
-- 8: text 'text'
-- 9: text '[0-9][0-9][0-9][0-9]-0[1-9]*'
-- 10: text '[0-9][0-9][0-9][0-9]-1[0-2]*'
-- 11: text 'text'
-- 12: text 'blob'
-- 13: real 10000000000000.0
-- 14: text 'text'
-- 15: text 'blob'
-- 16: real 10000000000000.0
-- 17: text '2025-07-01'
-- 18: text '2025-11-01'
