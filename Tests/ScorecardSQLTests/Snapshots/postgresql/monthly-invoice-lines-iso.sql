SELECT to_char(CAST("t0_invoices"."invoice_date" AS TIMESTAMP), 'YYYY-MM') AS "month", COUNT(*) AS "rows", SUM(CASE WHEN ("t0_genres"."name" = $1) THEN $2 ELSE $3 END) AS "c2", SUM(CASE WHEN ("t0_genres"."name" = $4) THEN $5 ELSE $6 END) AS "c3", COUNT(CASE WHEN ("t0_genres"."name" = $7) THEN $8 ELSE $9 END) AS "c4", SUM(CAST(ROUND(CAST(("t0_invoice_lines"."unit_price" * "t0_invoice_lines"."quantity" * $10) AS NUMERIC)) AS BIGINT)) AS "c5", COUNT("t0_invoice_lines"."unit_price") AS "n0", SUM(CASE WHEN (("t0_invoices"."invoice_date" IS NULL) OR CAST("t0_invoices"."invoice_date" AS TEXT) NOT SIMILAR TO $11) THEN $12 ELSE $13 END) AS "bad0", SUM(CASE WHEN (("t0_invoice_lines"."unit_price" IS NOT NULL) AND CAST("t0_invoice_lines"."unit_price" AS TEXT) NOT SIMILAR TO $14) THEN $15 ELSE $16 END) AS "bad1", SUM(CASE WHEN (("t0_invoice_lines"."unit_price" IS NOT NULL) AND (ABS("t0_invoice_lines"."unit_price") >= $17)) THEN $18 ELSE $19 END) AS "bad2", SUM(CASE WHEN (("t0_invoice_lines"."quantity" IS NOT NULL) AND CAST("t0_invoice_lines"."quantity" AS TEXT) NOT SIMILAR TO $20) THEN $21 ELSE $22 END) AS "bad3", SUM(CASE WHEN (("t0_invoice_lines"."quantity" IS NOT NULL) AND (ABS("t0_invoice_lines"."quantity") >= $23)) THEN $24 ELSE $25 END) AS "bad4"
FROM "invoice_lines" AS "t0_invoice_lines"
LEFT JOIN "invoices" AS "t0_invoices" ON ("t0_invoices"."id" = "t0_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t0_tracks" ON ("t0_tracks"."id" = "t0_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t0_genres" ON ("t0_genres"."id" = "t0_tracks"."genre_id")
WHERE (("t0_invoices"."invoice_date" < $26) OR (("t0_invoices"."invoice_date" IS NULL) OR CAST("t0_invoices"."invoice_date" AS TEXT) NOT SIMILAR TO $27))
GROUP BY to_char(CAST("t0_invoices"."invoice_date" AS TIMESTAMP), 'YYYY-MM')
-- bindings:
-- 1: text 'Jazz'
-- 2: integer 1
-- 3: integer 0
-- 4: text 'Jazz'
-- 5: integer 1
-- 6: integer 0
-- 7: text 'Jazz'
-- 8: integer 1
-- 9: integer 0
-- 10: integer 100
-- 11: text '[0-9]{4}-(0[1-9]|1[0-2])%'
-- 12: integer 1
-- 13: integer 0
-- 14: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 15: integer 1
-- 16: integer 0
-- 17: real 10000000000000.0
-- 18: integer 1
-- 19: integer 0
-- 20: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 21: integer 1
-- 22: integer 0
-- 23: real 10000000000000.0
-- 24: integer 1
-- 25: integer 0
-- 26: text '2025-11-01'
-- 27: text '[0-9]{4}-(0[1-9]|1[0-2])%'
