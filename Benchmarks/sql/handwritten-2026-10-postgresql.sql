-- PostgreSQL's spelling of handwritten-2026-10.sql (booleans as CASE, unix times through
-- to_timestamp), for Benchmarks/eval-vs-postgres.sh. The minimal hand-written SQL for the shipped
-- library, one query per source, for the eval benchmark (docs/performance.md): every measure of a source aggregated by month over the span
-- the 2026-10 scorecard needs (2024-10 .. 2026-10: the 13 trend months and each of them a year
-- earlier; fiscal YTD from April and last year's), in one scan per source, plus net revenue
-- from 2023-10 for the growth KPI's last-year trend points. It computes monthly
-- values only (no YTD/TTM distinct counts, retention or percentiles over longer windows), so it
-- is a lower bound for the work `scorecard eval` does.
-- orders and customer_orders
SELECT substr(o.ordered_at, 1, 7) AS month,
       SUM(CASE WHEN o.status = 'completed' THEN CAST(ROUND(o.net_amount * 100) AS BIGINT) END),
       SUM(CASE WHEN o.status = 'completed' AND o.channel = 'web' THEN CAST(ROUND(o.net_amount * 100) AS BIGINT) END),
       SUM(CASE WHEN o.status = 'completed' THEN CAST(ROUND(o.cost_amount * 100) AS BIGINT) END),
       SUM(CASE WHEN o.status = 'completed' AND o.campaign_id IS NOT NULL THEN CAST(ROUND(o.net_amount * 100) AS BIGINT) END),
       SUM(CASE WHEN o.status = 'completed' AND o.campaign_id IS NOT NULL THEN CAST(ROUND(o.cost_amount * 100) AS BIGINT) END),
       AVG(CASE WHEN o.status = 'completed' THEN CASE WHEN o.campaign_id IS NOT NULL THEN 1.0 ELSE 0.0 END END),
       COUNT(*), SUM(CASE WHEN o.status = 'completed' THEN 1 ELSE 0 END),
       COUNT(DISTINCT CASE WHEN o.status = 'completed' AND COALESCE(c.opted_out, 0) = 0 THEN o.customer_id END)
FROM orders o LEFT JOIN customers c ON c.id = o.customer_id
WHERE o.status != 'cancelled' AND o.ordered_at >= '2024-10-01' AND o.ordered_at < '2026-11-01'
GROUP BY 1;
-- net revenue a further year back (2023-10 .. 2024-09): revenue growth's trend shows each
-- month's growth a year earlier, which compares with two years earlier
SELECT substr(o.ordered_at, 1, 7) AS month,
       SUM(CASE WHEN o.status = 'completed' THEN CAST(ROUND(o.net_amount * 100) AS BIGINT) END)
FROM orders o
WHERE o.status != 'cancelled' AND o.ordered_at >= '2023-10-01' AND o.ordered_at < '2024-10-01'
GROUP BY 1;
-- order_lines
SELECT substr(o.ordered_at, 1, 7) AS month,
       SUM(CAST(ROUND(l.net_amount * 100) AS BIGINT)),
       SUM(CASE WHEN l.returned = 1 THEN CAST(ROUND(l.net_amount * 100) AS BIGINT) END),
       SUM(CASE WHEN l.returned = 0 THEN CAST(ROUND(l.net_amount * 100) AS BIGINT) END),
       SUM(CASE WHEN l.returned = 0 THEN CAST(ROUND(l.cost_amount * 100) AS BIGINT) END),
       SUM(l.quantity), COUNT(DISTINCT l.order_id)
FROM order_lines l JOIN orders o ON o.id = l.order_id
WHERE o.status != 'cancelled' AND o.ordered_at >= '2024-10-01' AND o.ordered_at < '2026-11-01'
GROUP BY 1;
-- customers
SELECT substr(acquired_on, 1, 7) AS month, COUNT(*), SUM(CASE WHEN campaign_id IS NOT NULL THEN 1 ELSE 0 END)
FROM customers WHERE acquired_on >= '2024-10-01' AND acquired_on < '2026-11-01' GROUP BY 1;
-- campaign_spend
SELECT substr(spent_on, 1, 7) AS month, SUM(CAST(ROUND(amount * 100) AS BIGINT))
FROM campaign_spend WHERE spent_on >= '2024-10-01' AND spent_on < '2026-11-01' GROUP BY 1;
-- support_tickets (unix seconds)
SELECT to_char(to_timestamp(opened_at) AT TIME ZONE 'UTC', 'YYYY-MM') AS month, COUNT(*),
       AVG(CASE WHEN first_contact_resolution = 1 THEN 1.0 ELSE 0.0 END),
       AVG(CASE WHEN resolved_at IS NOT NULL THEN (resolved_at - opened_at) / 3600.0 END)
FROM support_tickets WHERE opened_at >= 1727740800 AND opened_at < 1793491200 GROUP BY 1;
-- survey_responses
SELECT substr(answered_on, 1, 7) AS month,
       100.0 * (SUM(CASE WHEN nps_score >= 9 THEN 1 ELSE 0 END) - SUM(CASE WHEN nps_score <= 6 THEN 1 ELSE 0 END)) / COUNT(nps_score),
       AVG(CASE WHEN csat_score IS NOT NULL THEN CASE WHEN csat_score >= 4 THEN 1.0 ELSE 0.0 END END)
FROM survey_responses WHERE answered_on >= '2024-10-01' AND answered_on < '2026-11-01' GROUP BY 1;
-- loyalty_snapshots (month-end snapshots)
SELECT substr(snapshot_on, 1, 7) AS month, SUM(members), SUM(CASE WHEN tier = 'gold' THEN members END),
       SUM(CAST(ROUND(points_liability * 100) AS BIGINT))
FROM loyalty_snapshots WHERE snapshot_on >= '2024-10-01' AND snapshot_on < '2026-11-01' GROUP BY 1;
