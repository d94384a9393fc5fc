WITH "windows"("id", "lo", "hi") AS (VALUES ($1, $2, $3), ($4, $5, $6))
SELECT "w"."id", "t0_genres"."name" AS "group_key", COUNT(DISTINCT "t0_invoices"."customer_id") AS "group_size", SUM(CASE WHEN ("t0_genres"."name" = $7) THEN $8 ELSE $9 END) AS "jazz_lines", AVG(CASE WHEN ("t0_genres"."name" = $10) THEN $11 ELSE $12 END) AS "jazz_share", SUM(CAST(ROUND(CAST(("t0_invoice_lines"."unit_price" * "t0_invoice_lines"."quantity" * $13) AS NUMERIC)) AS BIGINT)) AS "line_revenue"
FROM "invoice_lines" AS "t0_invoice_lines"
LEFT JOIN "invoices" AS "t0_invoices" ON ("t0_invoices"."id" = "t0_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t0_tracks" ON ("t0_tracks"."id" = "t0_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t0_genres" ON ("t0_genres"."id" = "t0_tracks"."genre_id")
JOIN "windows" AS "w" ON ((CAST("t0_invoices"."invoice_date" AS TEXT) >= "w"."lo") AND (CAST("t0_invoices"."invoice_date" AS TEXT) < "w"."hi"))
WHERE (("t0_invoices"."invoice_date" >= $14) AND ("t0_invoices"."invoice_date" < $15))
GROUP BY "w"."id", "t0_genres"."name"
-- bindings:
-- 1: integer 0
-- 2: text '2025-10-01'
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: text '2025-07-01'
-- 6: text '2025-10-01'
-- 7: text 'Jazz'
-- 8: real 1.0
-- 9: real 0.0
-- 10: text 'Jazz'
-- 11: real 1.0
-- 12: real 0.0
-- 13: integer 100
-- 14: text '2025-07-01'
-- 15: text '2025-11-01'
