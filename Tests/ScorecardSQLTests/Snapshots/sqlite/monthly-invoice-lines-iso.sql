SELECT substr("t0_invoices"."invoice_date", ?, ?) AS "month", CASE WHEN ("t0_genres"."name" = ?) THEN ? ELSE ? END AS "c1", CASE WHEN ("t0_genres"."name" = ?) THEN "t0_invoices"."customer_id" END AS "k2", CASE WHEN ("t0_genres"."name" = ?) THEN ? ELSE ? END AS "c3", CASE WHEN ("t0_genres"."name" = ?) THEN ? ELSE ? END AS "c4", CAST(ROUND(("t0_invoice_lines"."unit_price" * "t0_invoice_lines"."quantity" * ?)) AS INTEGER) AS "c5", "t0_invoice_lines"."unit_price" AS "v6", "t0_invoice_lines"."unit_price" AS "b7", "t0_invoice_lines"."quantity" AS "b8", "t0_invoice_lines"."id" AS "row_key"
FROM "invoice_lines" AS "t0_invoice_lines"
LEFT JOIN "invoices" AS "t0_invoices" ON ("t0_invoices"."id" = "t0_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t0_tracks" ON ("t0_tracks"."id" = "t0_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t0_genres" ON ("t0_genres"."id" = "t0_tracks"."genre_id")
WHERE (("t0_invoices"."invoice_date" < ?) OR (NOT ((typeof("t0_invoices"."invoice_date") = ?) AND (("t0_invoices"."invoice_date" GLOB ?) OR ("t0_invoices"."invoice_date" GLOB ?)))))
-- bindings:
-- 1: integer 1
-- 2: integer 7
-- 3: text 'Jazz'
-- 4: integer 1
-- 5: integer 0
-- 6: text 'Jazz'
-- 7: text 'Jazz'
-- 8: integer 1
-- 9: integer 0
-- 10: text 'Jazz'
-- 11: integer 1
-- 12: integer 0
-- 13: integer 100
-- 14: text '2025-11-01'
-- 15: text 'text'
-- 16: text '[0-9][0-9][0-9][0-9]-0[1-9]*'
-- 17: text '[0-9][0-9][0-9][0-9]-1[0-2]*'
