SELECT substr("t0_invoices"."invoice_date", ?, ?) AS "month", COUNT(*) AS "rows", SUM(CASE WHEN ("t0_genres"."name" = ?) THEN ? ELSE ? END) AS "c2", SUM(CASE WHEN ("t0_genres"."name" = ?) THEN ? ELSE ? END) AS "c3", COUNT(CASE WHEN ("t0_genres"."name" = ?) THEN ? ELSE ? END) AS "c4", SUM(CAST(ROUND(("t0_invoice_lines"."unit_price" * "t0_invoice_lines"."quantity" * ?)) AS INTEGER)) AS "c5", COUNT("t0_invoice_lines"."unit_price") AS "n0", SUM(CASE WHEN (NOT ((typeof("t0_invoices"."invoice_date") = ?) AND (("t0_invoices"."invoice_date" GLOB ?) OR ("t0_invoices"."invoice_date" GLOB ?)))) THEN ? ELSE ? END) AS "bad0", SUM(CASE WHEN ((typeof("t0_invoice_lines"."unit_price") IN (?, ?)) AND scorecard_not_number("t0_invoice_lines"."unit_price")) THEN ? ELSE ? END) AS "bad1", SUM(CASE WHEN (("t0_invoice_lines"."unit_price" IS NOT NULL) AND (ABS("t0_invoice_lines"."unit_price") >= ?)) THEN ? ELSE ? END) AS "bad2", SUM(CASE WHEN ((typeof("t0_invoice_lines"."quantity") IN (?, ?)) AND scorecard_not_number("t0_invoice_lines"."quantity")) THEN ? ELSE ? END) AS "bad3", SUM(CASE WHEN (("t0_invoice_lines"."quantity" IS NOT NULL) AND (ABS("t0_invoice_lines"."quantity") >= ?)) THEN ? ELSE ? END) AS "bad4"
FROM "invoice_lines" AS "t0_invoice_lines"
LEFT JOIN "invoices" AS "t0_invoices" ON ("t0_invoices"."id" = "t0_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t0_tracks" ON ("t0_tracks"."id" = "t0_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t0_genres" ON ("t0_genres"."id" = "t0_tracks"."genre_id")
WHERE (("t0_invoices"."invoice_date" < ?) OR (NOT ((typeof("t0_invoices"."invoice_date") = ?) AND (("t0_invoices"."invoice_date" GLOB ?) OR ("t0_invoices"."invoice_date" GLOB ?)))))
GROUP BY substr("t0_invoices"."invoice_date", ?, ?)
-- bindings:
-- 1: integer 1
-- 2: integer 7
-- 3: text 'Jazz'
-- 4: integer 1
-- 5: integer 0
-- 6: text 'Jazz'
-- 7: integer 1
-- 8: integer 0
-- 9: text 'Jazz'
-- 10: integer 1
-- 11: integer 0
-- 12: integer 100
-- 13: text 'text'
-- 14: text '[0-9][0-9][0-9][0-9]-0[1-9]*'
-- 15: text '[0-9][0-9][0-9][0-9]-1[0-2]*'
-- 16: integer 1
-- 17: integer 0
-- 18: text 'text'
-- 19: text 'blob'
-- 20: integer 1
-- 21: integer 0
-- 22: real 10000000000000.0
-- 23: integer 1
-- 24: integer 0
-- 25: text 'text'
-- 26: text 'blob'
-- 27: integer 1
-- 28: integer 0
-- 29: real 10000000000000.0
-- 30: integer 1
-- 31: integer 0
-- 32: text '2025-11-01'
-- 33: text 'text'
-- 34: text '[0-9][0-9][0-9][0-9]-0[1-9]*'
-- 35: text '[0-9][0-9][0-9][0-9]-1[0-2]*'
-- 36: integer 1
-- 37: integer 7
