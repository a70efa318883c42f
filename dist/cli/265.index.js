export const id = 265;
export const ids = [265];
export const modules = {

/***/ 7265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareRuns: () => (/* reexport */ compareRuns),
  renderHtmlReport: () => (/* reexport */ renderHtmlReport),
  renderMarkdown: () => (/* reexport */ markdown/* renderMarkdown */.Gc),
  renderText: () => (/* reexport */ report_text/* renderText */.S5),
  toHtmlReportInput: () => (/* reexport */ toHtmlReportInput),
  toJsonReport: () => (/* reexport */ toJsonReport)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/gate/direction.ts
var gate_direction = __webpack_require__(7490);
// EXTERNAL MODULE: ./src/metrics/ranking.ts
var ranking = __webpack_require__(3355);
;// CONCATENATED MODULE: ./src/report/build-pictures.ts


/** Trends are drawn for at most this many metrics, so the comment stays readable. */
const MAX_TRENDS = 8;
const GRID = Array.from({ length: 21 }, (_, i) => i / 20);
/**
 * The pictures of a comparison: trends of the gated metrics over the baseline's history plus this run, the ROC
 * and precision–recall curves of both runs (binary), and both confusion matrices. Pure.
 */
function buildPictures(current, baseline, verdicts, currentLabel) {
    return {
        trends: buildTrends(current, baseline, verdicts, currentLabel),
        ...buildCurves(current, baseline),
        confusion: buildConfusion(current, baseline),
        ...buildResiduals(current, baseline),
    };
}
const RESIDUAL_BINS = 10;
/** Mean absolute error by decile of the actual value: where along the range a regression model got worse. */
function buildResiduals(current, baseline) {
    const c = current.examples?.data;
    if (!c || c.task !== 'regression' || c.n < RESIDUAL_BINS * 5)
        return {};
    const sorted = Float64Array.from(c.yTrue).sort();
    const edges = Array.from({ length: RESIDUAL_BINS - 1 }, (_, k) => sorted[Math.floor(((k + 1) * sorted.length) / RESIDUAL_BINS)]);
    const binOf = (y) => {
        let k = 0;
        while (k < edges.length && y >= edges[k])
            k++;
        return k;
    };
    const meanError = (data) => {
        const sum = new Float64Array(RESIDUAL_BINS);
        const count = new Float64Array(RESIDUAL_BINS);
        for (let i = 0; i < data.n; i++) {
            const k = binOf(data.yTrue[i]);
            const w = data.weights ? data.weights[i] : 1;
            sum[k] += w * Math.abs(data.yPred[i] - data.yTrue[i]);
            count[k] += w;
        }
        return Array.from(sum, (s, k) => (count[k] > 0 ? s / count[k] : Number.NaN));
    };
    const centres = Array.from({ length: RESIDUAL_BINS }, (_, k) => sorted[Math.floor(((k + 0.5) * sorted.length) / RESIDUAL_BINS)]);
    const b = baseline?.examples?.data;
    return { residuals: { centres, current: meanError(c), baseline: b && b.task === 'regression' ? meanError(b) : undefined } };
}
function buildTrends(current, baseline, verdicts, currentLabel) {
    const history = baseline?.history ?? [];
    if (history.length === 0)
        return [];
    const overall = verdicts.filter((v) => (0,gate_direction/* baseMetricId */.V2)(v.id) === v.id && v.id !== 'n' && typeof v.current === 'number');
    const gated = overall.filter((v) => v.rule);
    const chosen = (gated.length > 0 ? gated : overall.slice(0, 3)).slice(0, MAX_TRENDS);
    return chosen.map((v) => ({
        id: v.id,
        direction: v.direction,
        points: [
            ...history.map((h) => ({ label: h.sha.slice(0, 7), value: h.metrics[v.id] ?? null, date: h.date })),
            { label: currentLabel, value: current.metrics.get(v.id) ?? null, date: undefined },
        ],
    }));
}
function binary(run) {
    const data = run?.examples?.data;
    return data && data.task === 'binary' && data.classes.length === 2 ? data : undefined;
}
function curveOf(data) {
    const isPositive = Uint8Array.from(data.yTrue, (t) => (t === data.positive ? 1 : 0));
    const score = data.score ?? Float64Array.from(data.yPred, (p) => (p === data.positive ? 1 : 0));
    return (0,ranking/* thresholdCurve */.pN)(score, isPositive, data.weights);
}
/** The ROC curve on the grid: the true-positive rate of the last threshold whose false-positive rate is ≤ x. */
function rocOnGrid(curve) {
    const last = curve.tps.length - 1;
    const positives = curve.tps[last];
    const negatives = curve.fps[last];
    const y = [];
    let t = -1;
    for (const x of GRID) {
        // Rates only grow along the thresholds, so one forward walk serves the whole grid.
        while (t < last && curve.fps[t + 1] / negatives <= x + 1e-12)
            t++;
        y.push(t < 0 ? 0 : curve.tps[t] / positives);
    }
    return { x: GRID, y, area: (0,ranking/* rocAuc */.om)(curve) };
}
/** The precision–recall curve on the grid: the best precision among thresholds with recall ≥ x. */
function precisionRecallOnGrid(curve) {
    const last = curve.tps.length - 1;
    const positives = curve.tps[last];
    const bestFrom = new Float64Array(last + 2);
    for (let t = last; t >= 0; t--) {
        const predicted = curve.tps[t] + curve.fps[t];
        bestFrom[t] = Math.max(bestFrom[t + 1], predicted > 0 ? curve.tps[t] / predicted : 0);
    }
    const y = [];
    let t = 0;
    for (const x of GRID) {
        while (t <= last && curve.tps[t] / positives < x - 1e-12)
            t++;
        y.push(bestFrom[t]);
    }
    return { x: GRID, y, area: (0,ranking/* averagePrecision */.cF)(curve) };
}
function buildCurves(current, baseline) {
    const c = binary(current);
    if (!c)
        return { roc: undefined, precisionRecall: undefined };
    const currentCurve = curveOf(c);
    if (currentCurve.positiveRows === 0 || currentCurve.negativeRows === 0)
        return { roc: undefined, precisionRecall: undefined };
    const b = binary(baseline);
    const baselineCurve = b ? curveOf(b) : undefined;
    const usable = baselineCurve && baselineCurve.positiveRows > 0 && baselineCurve.negativeRows > 0 ? baselineCurve : undefined;
    return {
        roc: { current: rocOnGrid(currentCurve), baseline: usable && rocOnGrid(usable) },
        precisionRecall: { current: precisionRecallOnGrid(currentCurve), baseline: usable && precisionRecallOnGrid(usable) },
    };
}
function buildConfusion(current, baseline) {
    const c = current.examples?.data;
    if (!c || c.task === 'regression')
        return undefined;
    const classes = [...c.classes];
    const matrixOf = (data) => {
        const index = data.classes.map((name) => classes.indexOf(name));
        if (index.some((i) => i < 0))
            return undefined;
        const m = classes.map(() => classes.map(() => 0));
        for (let i = 0; i < data.n; i++)
            m[index[data.yTrue[i]]][index[data.yPred[i]]] += data.weights ? data.weights[i] : 1;
        return m;
    };
    const b = baseline?.examples?.data;
    return { classes, current: matrixOf(c), baseline: b && b.task !== 'regression' ? matrixOf(b) : undefined };
}

// EXTERNAL MODULE: ./src/metrics/codes.ts
var codes = __webpack_require__(5547);
// EXTERNAL MODULE: ./src/metrics/compute.ts + 3 modules
var compute = __webpack_require__(3450);
// EXTERNAL MODULE: ./src/metrics/subset.ts
var subset = __webpack_require__(7691);
;// CONCATENATED MODULE: ./src/stats/bootstrap.ts
function checkResamples(resamples) {
    if (!Number.isInteger(resamples) || resamples < 1) {
        throw new RangeError(`the number of resamples must be a positive integer, got ${resamples}`);
    }
}
/** Σ cells, checking that every cell is a non-negative integer count. */
function totalCount(cells) {
    let total = 0;
    for (let i = 0; i < cells.length; i++) {
        const c = cells[i];
        if (!(Number.isInteger(c) && c >= 0))
            throw new RangeError(`cell ${i} must be a non-negative integer count, got ${c}`);
        total += c;
    }
    return total;
}
/**
 * Bootstrap of a statistic of cell counts: each resample draws Multinomial(N, cells / N) and evaluates the
 * statistic on it. Returns one value per resample, in draw order (seeded: the same rng seed gives the same
 * values).
 */
function bootstrapCells(cells, statistic, resamples, rng) {
    checkResamples(resamples);
    const total = totalCount(cells);
    const counts = new Float64Array(cells.length);
    const values = new Float64Array(resamples);
    for (let r = 0; r < resamples; r++) {
        if (total === 0)
            counts.fill(0);
        else
            rng.multinomial(total, cells, counts);
        values[r] = statistic(counts);
    }
    return values;
}
/**
 * Unpaired bootstrap of two independent samples summarised as cell counts (e.g. the baseline's and the
 * current run's confusion matrices when their rows cannot be paired): each side is resampled with its own
 * total, and the statistic sees both.
 */
function bootstrapIndependentCells(cellsA, cellsB, statistic, resamples, rng) {
    checkResamples(resamples);
    const totalA = totalCount(cellsA);
    const totalB = totalCount(cellsB);
    const countsA = new Float64Array(cellsA.length);
    const countsB = new Float64Array(cellsB.length);
    const values = new Float64Array(resamples);
    for (let r = 0; r < resamples; r++) {
        if (totalA > 0)
            rng.multinomial(totalA, cellsA, countsA);
        if (totalB > 0)
            rng.multinomial(totalB, cellsB, countsB);
        values[r] = statistic(countsA, countsB);
    }
    return values;
}
/** Multinomial(n, uniform) row multiplicities: n uniform draws of a row, counted; exact, O(n). */
function drawRowWeights(weights, rng) {
    const n = weights.length;
    weights.fill(0);
    for (let i = 0; i < n; i++)
        weights[rng.nextInt(n)]++;
}
/**
 * Example-level bootstrap of n rows: each resample gives every row its multiplicity (how often it was drawn;
 * the multiplicities follow Multinomial(n, 1/n) and sum to n), and the statistic computes the weighted
 * metric. For a paired comparison the statistic uses the same weights on both runs' per-row values.
 */
function bootstrapRows(n, statistic, resamples, rng) {
    checkResamples(resamples);
    if (!Number.isInteger(n) || n < 1)
        throw new RangeError(`bootstrapRows needs at least one row, got ${n}`);
    const weights = new Float64Array(n);
    const values = new Float64Array(resamples);
    for (let r = 0; r < resamples; r++) {
        drawRowWeights(weights, rng);
        values[r] = statistic(weights);
    }
    return values;
}
/** Unpaired example-level bootstrap: the two samples (sizes nA, nB) are resampled independently. */
function bootstrapIndependentRows(nA, nB, statistic, resamples, rng) {
    checkResamples(resamples);
    for (const n of [nA, nB]) {
        if (!Number.isInteger(n) || n < 1)
            throw new RangeError(`bootstrapIndependentRows needs rows on both sides, got ${n}`);
    }
    const weightsA = new Float64Array(nA);
    const weightsB = new Float64Array(nB);
    const values = new Float64Array(resamples);
    for (let r = 0; r < resamples; r++) {
        drawRowWeights(weightsA, rng);
        drawRowWeights(weightsB, rng);
        values[r] = statistic(weightsA, weightsB);
    }
    return values;
}
/** The q-quantile of ascending values, NumPy's default ('linear') definition, including its lerp rounding. */
function quantileOfSorted(sorted, q) {
    const h = (sorted.length - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, sorted.length - 1);
    const t = h - lo;
    const a = sorted[lo];
    const b = sorted[hi];
    const diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
/**
 * The percentile interval of bootstrap values at a confidence level: the (1 − level)/2 and (1 + level)/2
 * quantiles, as `numpy.percentile` computes them. NaN among the values (an undefined statistic in some
 * resample) makes the interval [NaN, NaN], as in NumPy: it is never silently narrowed.
 */
function percentileInterval(samples, level = 0.95) {
    if (!(level > 0 && level < 1))
        throw new RangeError(`the confidence level must lie in (0, 1), got ${level}`);
    if (samples.length === 0)
        throw new RangeError('percentileInterval needs at least one value');
    const sorted = Float64Array.from(samples).sort();
    if (Number.isNaN(sorted[sorted.length - 1]))
        return [NaN, NaN];
    const tail = (1 - level) / 2;
    return [quantileOfSorted(sorted, tail), quantileOfSorted(sorted, 1 - tail)];
}
/**
 * Two-sided bootstrap p-value against a null value (usually 0 for "no change"): twice the share of resamples
 * on the far side of the null from the bulk, values equal to the null counting half to each side, clamped to
 * [1/(R + 1), 1] because R resamples cannot show a p-value below that. NaN among the values gives NaN.
 */
function bootstrapPValue(samples, nullValue = 0) {
    const total = samples.length;
    if (total === 0)
        throw new RangeError('bootstrapPValue needs at least one value');
    let below = 0;
    for (let i = 0; i < total; i++) {
        const s = samples[i];
        if (Number.isNaN(s))
            return NaN;
        if (s < nullValue)
            below++;
        else if (s === nullValue)
            below += 0.5;
    }
    const p = (2 * Math.min(below, total - below)) / total;
    return Math.min(1, Math.max(1 / (total + 1), p));
}

// EXTERNAL MODULE: ./src/metrics/confusion-metrics.ts
var confusion_metrics = __webpack_require__(3721);
;// CONCATENATED MODULE: ./src/stats/confusion-statistics.ts

/**
 * The metrics that are functions of a confusion matrix, by id, so a bootstrap over cell counts can recompute
 * them: the same functions the metric report uses, so interval and point estimate agree on definitions.
 */
const CONFUSION_METRICS = {
    accuracy: (m) => (0,confusion_metrics/* accuracy */.y2)(m),
    balanced_accuracy: (m) => (0,confusion_metrics/* balancedAccuracy */.q2)(m),
    mcc: (m) => (0,confusion_metrics/* matthews */._b)(m),
    cohen_kappa: (m) => (0,confusion_metrics/* cohenKappa */.rX)(m),
    precision: (m, p) => (0,confusion_metrics/* classRates */.el)(m, p).precision,
    recall: (m, p) => (0,confusion_metrics/* classRates */.el)(m, p).recall,
    f1: (m, p) => (0,confusion_metrics/* classRates */.el)(m, p).f1,
    specificity: (m, p) => (0,confusion_metrics/* classRates */.el)(m, 1 - p).recall,
    precision_macro: (m) => (0,confusion_metrics/* averagedRates */.ZF)(m, 'macro').precision,
    recall_macro: (m) => (0,confusion_metrics/* averagedRates */.ZF)(m, 'macro').recall,
    f1_macro: (m) => (0,confusion_metrics/* averagedRates */.ZF)(m, 'macro').f1,
    precision_micro: (m) => (0,confusion_metrics/* averagedRates */.ZF)(m, 'micro').precision,
    recall_micro: (m) => (0,confusion_metrics/* averagedRates */.ZF)(m, 'micro').recall,
    f1_micro: (m) => (0,confusion_metrics/* averagedRates */.ZF)(m, 'micro').f1,
    precision_weighted: (m) => (0,confusion_metrics/* averagedRates */.ZF)(m, 'weighted').precision,
    recall_weighted: (m) => (0,confusion_metrics/* averagedRates */.ZF)(m, 'weighted').recall,
    f1_weighted: (m) => (0,confusion_metrics/* averagedRates */.ZF)(m, 'weighted').f1,
};
/** A Confusion over k classes from row-major counts; a class is present when any count touches it. */
function confusionFromCounts(cells, k) {
    const present = new Uint8Array(k);
    let total = 0;
    for (let t = 0; t < k; t++) {
        for (let p = 0; p < k; p++) {
            const n = cells[t * k + p];
            if (n === 0)
                continue;
            present[t] = 1;
            present[p] = 1;
            total += n;
        }
    }
    return { k, cells, present, total };
}

// EXTERNAL MODULE: ./src/metrics/sort.ts
var sort = __webpack_require__(5357);
;// CONCATENATED MODULE: ./src/stats/normal.ts
/**
 * The standard normal distribution to full double precision: Cody's rational approximations for the CDF
 * (W. J. Cody 1969, as in R's pnorm and SciPy's ndtr) and Wichura's AS 241 (1988) for the quantile, both
 * about 1e-16 relative, tails included.
 */
const SQRT_32 = 5.656854249492381;
const INV_SQRT_2PI = 0.3989422804014327;
const A = [2.2352520354606837, 161.02823106855587, 1067.6894854603709, 18154.98125334356,
    0.06568233791820745];
const B = [47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673];
const C = [0.39894151208813466, 8.883149794388377, 93.50665613217785, 597.2702763948002,
    2494.5375852903726, 6848.190450536283, 11602.65143764735, 9842.714838383978,
    1.0765576773720192e-8];
const D = [22.266688044328117, 235.387901782625, 1519.3775994075547, 6485.558298266761,
    18615.571640885097, 34900.95272114598, 38912.00328609327, 19685.429676859992];
const P = [0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934,
    0.000029112874951168793, 0.023073441764940174];
const Q = [1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824,
    0.00007297515550839662];
/** exp(−y²/2)·factor, with y² split so that the large part is exact (Cody's "del" trick). */
function gaussianTail(y, factor) {
    const ySplit = Math.trunc(y * 16) / 16;
    const del = (y - ySplit) * (y + ySplit);
    return Math.exp(-ySplit * ySplit * 0.5) * Math.exp(-del * 0.5) * factor;
}
/** P(Z > |x|), the upper tail at the absolute value, accurate even where it underflows towards 1e-308. */
function upperTailOfAbs(x) {
    const y = Math.abs(x);
    if (y <= 0.67448975) {
        const ysq = y * y;
        let num = A[4] * ysq;
        let den = ysq;
        for (let i = 0; i < 3; i++) {
            num = (num + A[i]) * ysq;
            den = (den + B[i]) * ysq;
        }
        return 0.5 - (y * (num + A[3])) / (den + B[3]);
    }
    if (y <= SQRT_32) {
        let num = C[8] * y;
        let den = y;
        for (let i = 0; i < 7; i++) {
            num = (num + C[i]) * y;
            den = (den + D[i]) * y;
        }
        return gaussianTail(y, (num + C[7]) / (den + D[7]));
    }
    if (y >= 37.5193)
        return 0;
    const xsq = 1 / (y * y);
    let num = P[5] * xsq;
    let den = xsq;
    for (let i = 0; i < 4; i++) {
        num = (num + P[i]) * xsq;
        den = (den + Q[i]) * xsq;
    }
    const factor = (INV_SQRT_2PI - (xsq * (num + P[4])) / (den + Q[4])) / y;
    return gaussianTail(y, factor);
}
/** Φ(x) = P(Z ≤ x) for a standard normal Z. */
function normalCdf(x) {
    if (Number.isNaN(x))
        return NaN;
    const tail = upperTailOfAbs(x);
    return x > 0 ? 1 - tail : tail;
}
/** The two-sided p-value of a z statistic, 2·P(Z > |z|), computed in the tail (no 1 − Φ cancellation). */
function twoSidedPValue(z) {
    if (Number.isNaN(z))
        return NaN;
    return Math.min(1, 2 * upperTailOfAbs(z));
}
function horner(coefficients, x) {
    let result = 0;
    for (let i = coefficients.length - 1; i >= 0; i--)
        result = result * x + coefficients[i];
    return result;
}
const QA = [3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946,
    45921.95393154987, 67265.7709270087, 33430.57558358813, 2509.0809287301227];
const QB = [1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597,
    39307.89580009271, 28729.085735721943, 5226.495278852854];
const QC = [1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045,
    1.2704582524523684, 0.2417807251774506, 0.022723844989269184, 0.0007745450142783414];
const QD = [1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008,
    0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9];
const QE = [6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
    0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7];
const QF = [1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615,
    0.0007868691311456133, 0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15];
/** Φ⁻¹(p): the z with P(Z ≤ z) = p (AS 241, PPND16). ±Infinity at 0 and 1, NaN outside [0, 1]. */
function normalQuantile(p) {
    if (Number.isNaN(p) || p < 0 || p > 1)
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    const q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
        const r = 0.180625 - q * q;
        return (q * horner(QA, r)) / horner(QB, r);
    }
    let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    let value;
    if (r <= 5) {
        r -= 1.6;
        value = horner(QC, r) / horner(QD, r);
    }
    else {
        r -= 5;
        value = horner(QE, r) / horner(QF, r);
    }
    return q < 0 ? -value : value;
}

;// CONCATENATED MODULE: ./src/stats/delong.ts


function countPositives(isPositive) {
    let m = 0;
    for (let i = 0; i < isPositive.length; i++)
        if (isPositive[i] !== 0)
            m++;
    return m;
}
/**
 * One pass over the rows from the lowest score up, a group of tied scores at a time, after one linear-time
 * radix argsort. Counts are integers and half-integers, so the AUC's numerator is exact.
 */
function placeRows(isPositive, score, m, n) {
    for (let i = 0; i < score.length; i++) {
        if (Number.isNaN(score[i]))
            throw new RangeError(`DeLong needs numeric scores; row ${i} is NaN`);
    }
    const order = (0,sort/* argsortDescending */.NY)(score);
    const placements = new Float64Array(score.length);
    let negativesBelow = 0;
    let positivesBelow = 0;
    let sum = 0;
    for (let end = order.length; end > 0;) {
        const value = score[order[end - 1]];
        let start = end - 1;
        while (start > 0 && score[order[start - 1]] === value)
            start--;
        let tiedPositives = 0;
        for (let j = start; j < end; j++)
            if (isPositive[order[j]] !== 0)
                tiedPositives++;
        const tiedNegatives = end - start - tiedPositives;
        const positivePlacement = negativesBelow + 0.5 * tiedNegatives;
        const negativePlacement = positivesBelow + 0.5 * tiedPositives;
        for (let j = start; j < end; j++) {
            const i = order[j];
            placements[i] = isPositive[i] !== 0 ? positivePlacement : negativePlacement;
        }
        sum += tiedPositives * positivePlacement;
        negativesBelow += tiedNegatives;
        positivesBelow += tiedPositives;
        end = start;
    }
    return { placements, auc: sum / (m * n) };
}
/** Sample variance from sums of (x − center) and (x − center)² over `count` values; 0 below two values. */
function sampleVariance(shiftedSum, shiftedSquares, count) {
    if (count < 2)
        return 0;
    return Math.max(0, (shiftedSquares - (shiftedSum * shiftedSum) / count) / (count - 1));
}
function checkLengths(isPositive, ...scores) {
    for (const s of scores) {
        if (s.length !== isPositive.length) {
            throw new RangeError(`DeLong needs one score per row: ${isPositive.length} labels, ${s.length} scores`);
        }
    }
}
/**
 * The AUC of one score and DeLong's variance estimate. With one class absent the AUC is undefined: both values
 * are NaN (never a throw). A class with a single row contributes no variance term of its own.
 */
function delongVariance(isPositive, score) {
    checkLengths(isPositive, score);
    const m = countPositives(isPositive);
    const n = isPositive.length - m;
    if (m === 0 || n === 0)
        return { auc: NaN, variance: NaN };
    const { placements, auc } = placeRows(isPositive, score, m, n);
    let sum10 = 0;
    let squares10 = 0;
    let sum01 = 0;
    let squares01 = 0;
    for (let i = 0; i < score.length; i++) {
        if (isPositive[i] !== 0) {
            const d = placements[i] / n - auc;
            sum10 += d;
            squares10 += d * d;
        }
        else {
            const d = 1 - placements[i] / m - auc;
            sum01 += d;
            squares01 += d * d;
        }
    }
    return { auc, variance: sampleVariance(sum10, squares10, m) / m + sampleVariance(sum01, squares01, n) / n };
}
/**
 * DeLong's paired test of two scores on the same rows (B − A), two-sided. Degenerate inputs never throw or
 * give a NaN p-value: with one class absent the AUCs and delta are NaN and se = 0, z = 0, p = 1; when the
 * estimated variance of the difference is zero (e.g. B a monotone transform of A, or tiny samples where every
 * component is equal) there is no evidence to weigh: se = 0, z = 0, p = 1.
 */
function delongPaired(isPositive, scoreA, scoreB) {
    checkLengths(isPositive, scoreA, scoreB);
    const m = countPositives(isPositive);
    const n = isPositive.length - m;
    if (m === 0 || n === 0)
        return { aucA: NaN, aucB: NaN, delta: NaN, se: 0, z: 0, pValue: 1 };
    const { placements: placeA, auc: aucA } = placeRows(isPositive, scoreA, m, n);
    const { placements: placeB, auc: aucB } = placeRows(isPositive, scoreB, m, n);
    const delta = aucB - aucA;
    // The components of the difference, V(B) − V(A), row by row: their spread is the variance of delta.
    let sum10 = 0;
    let squares10 = 0;
    let sum01 = 0;
    let squares01 = 0;
    for (let i = 0; i < scoreA.length; i++) {
        if (isPositive[i] !== 0) {
            const d = (placeB[i] - placeA[i]) / n - delta;
            sum10 += d;
            squares10 += d * d;
        }
        else {
            const d = (placeA[i] - placeB[i]) / m - delta;
            sum01 += d;
            squares01 += d * d;
        }
    }
    const variance = sampleVariance(sum10, squares10, m) / m + sampleVariance(sum01, squares01, n) / n;
    const se = Math.sqrt(variance);
    if (!(se > 0) || !Number.isFinite(se))
        return { aucA, aucB, delta, se: 0, z: 0, pValue: 1 };
    const z = delta / se;
    return { aucA, aucB, delta, se, z, pValue: twoSidedPValue(z) };
}

;// CONCATENATED MODULE: ./src/stats/student-t.ts
/**
 * Student's t distribution: the CDF through the regularized incomplete beta function (Lentz's continued
 * fraction, as in Numerical Recipes §6.4) and the quantile by bisection then Newton steps. Checked against
 * `scipy.stats.t` by scripts/generate-stats-reference.py's companion, scripts/generate-items-reference.py.
 */
/** log Γ(x) for x > 0 (Lanczos, g = 7, n = 9): about 15 significant digits. */
function logGamma(x) {
    const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    const z = x - 1;
    let a = c[0];
    const t = z + 7.5;
    for (let i = 1; i < 9; i++)
        a += c[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
function betaContinuedFraction(a, b, x) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 10_000; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const step = d * c;
        h *= step;
        if (Math.abs(step - 1) < 1e-16)
            break;
    }
    return h;
}
/** The regularized incomplete beta function I_x(a, b). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}
/** P(T ≤ t) for T ~ t(df). */
function studentTCdf(t, df) {
    if (Number.isNaN(t) || !(df > 0))
        return NaN;
    if (!Number.isFinite(t))
        return t > 0 ? 1 : 0;
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t > 0 ? 1 - tail : tail;
}
/** The t with P(T ≤ t) = p for T ~ t(df). */
function studentTQuantile(p, df) {
    if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0))
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p === 0.5)
        return 0;
    if (p < 0.5)
        return -studentTQuantile(1 - p, df);
    let lo = 0;
    let hi = 1;
    while (studentTCdf(hi, df) < p)
        hi *= 2;
    for (let i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1, hi); i++) {
        const mid = (lo + hi) / 2;
        if (studentTCdf(mid, df) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}

;// CONCATENATED MODULE: ./src/stats/delta-estimate.ts



/** Worsening as the rule sees it: a drop for higher-is-better metrics, a rise for lower-is-better ones. */
const worsening = (delta, direction) => (direction === 'higher' ? -delta : delta);
/**
 * A delta estimate from bootstrap resamples of current − baseline: the percentile interval, and the share of
 * resamples whose worsening stays within an allowance (with the +1 correction, so it is never 0).
 */
function fromResamples(method, samples, level, pValue) {
    const interval = percentileInterval(samples, level);
    if (!Number.isFinite(interval[0]) || !Number.isFinite(interval[1]))
        return undefined;
    return {
        method,
        interval,
        level,
        pValue,
        probabilityWithin(allowed, direction) {
            let within = 0;
            for (const s of samples)
                if (worsening(s, direction) <= allowed)
                    within++;
            return (within + 1) / (samples.length + 1);
        },
    };
}
/** A delta estimate from a normal approximation (DeLong, z-tests on means or on reported standard errors). */
function fromNormal(method, delta, se, level, pValue) {
    if (!Number.isFinite(delta) || !Number.isFinite(se) || se < 0)
        return undefined;
    const z = normalQuantile(1 - (1 - level) / 2);
    return {
        method,
        interval: [delta - z * se, delta + z * se],
        level,
        pValue,
        probabilityWithin(allowed, direction) {
            const w = worsening(delta, direction);
            if (se === 0)
                return w <= allowed ? 1 : 0;
            return normalCdf((allowed - w) / se);
        },
    };
}
/** Mean and standard error of per-pair differences (paired) — the z-test on a mean-decomposable metric. */
function pairedMean(differences) {
    const n = differences.length;
    let sum = 0;
    for (const d of differences)
        sum += d;
    const mean = sum / n;
    let squares = 0;
    for (const d of differences)
        squares += (d - mean) ** 2;
    return { mean, se: n > 1 ? Math.sqrt(squares / (n - 1) / n) : Number.NaN };
}
/** Welch's standard error of a difference of two independent means. */
function unpairedMeans(a, b) {
    const stats = (x) => {
        const m = pairedMean(x);
        return { mean: m.mean, varianceOfMean: m.se * m.se };
    };
    const sa = stats(a);
    const sb = stats(b);
    return { mean: sb.mean - sa.mean, se: Math.sqrt(sa.varianceOfMean + sb.varianceOfMean) };
}
/** A delta estimate from a t distribution (mean ± t·se). */
function fromStudentT(method, delta, se, df, level, pValue) {
    if (!Number.isFinite(delta) || !Number.isFinite(se) || se < 0 || !(df > 0))
        return undefined;
    const t = studentTQuantile(1 - (1 - level) / 2, df);
    const p = pValue ?? (se > 0 ? 2 * studentTCdf(-Math.abs(delta / se), df) : delta === 0 ? 1 : 0);
    return {
        method,
        interval: [delta - t * se, delta + t * se],
        level,
        pValue: p,
        probabilityWithin(allowed, direction) {
            const worsening = direction === 'higher' ? -delta : delta;
            if (se === 0)
                return worsening <= allowed ? 1 : 0;
            return studentTCdf((allowed - worsening) / se, df);
        },
    };
}
/** The same estimate moved by `shift` (current − baseline): interval, tail probabilities and distribution. */
function shiftEstimate(estimate, shift) {
    // Worsening is −Δ for higher-is-better metrics: a shift of s lowers it by s there and raises it by s otherwise.
    const move = (f) => (allowed, direction) => f(direction === 'higher' ? allowed + shift : allowed - shift, direction);
    return {
        ...estimate,
        method: `${estimate.method}, centred on the reported values`,
        interval: [estimate.interval[0] + shift, estimate.interval[1] + shift],
        pValue: undefined,
        probabilityWithin: move(estimate.distribution ?? estimate.probabilityWithin),
        ...(estimate.distribution ? { distribution: move(estimate.distribution) } : {}),
        ...(estimate.bounds ? { bounds: (tail) => estimate.bounds(tail).map((v) => v + shift) } : {}),
    };
}

;// CONCATENATED MODULE: ./src/stats/per-example.ts
/**
 * Per-example values of the metrics that are plain means over examples, so their deltas get a z-test on the
 * per-example differences (cheap at any N) instead of a bootstrap. Definitions match src/metrics exactly,
 * including scikit-learn's clipping and renormalising in log loss.
 */
function perExample(metric, data) {
    const n = data.n;
    if (data.task === 'regression') {
        const { yTrue, yPred } = data;
        if (metric === 'mae')
            return Float64Array.from({ length: n }, (_, i) => Math.abs(yTrue[i] - yPred[i]));
        if (metric === 'mse')
            return Float64Array.from({ length: n }, (_, i) => (yTrue[i] - yPred[i]) ** 2);
        if (metric === 'mape') {
            return Float64Array.from({ length: n }, (_, i) => Math.abs(yPred[i] - yTrue[i]) / Math.max(Math.abs(yTrue[i]), Number.EPSILON));
        }
        return undefined;
    }
    const clip = (p) => Math.min(Math.max(p, Number.EPSILON), 1 - Number.EPSILON);
    if (data.task === 'binary') {
        const score = data.score;
        if (!score || !data.scoresAreProbabilities)
            return undefined;
        const positive = (i) => data.yTrue[i] === data.positive;
        if (metric === 'brier_score')
            return Float64Array.from({ length: n }, (_, i) => ((positive(i) ? 1 : 0) - score[i]) ** 2);
        if (metric === 'log_loss') {
            return Float64Array.from({ length: n }, (_, i) => {
                const p = clip(score[i]);
                return -Math.log((positive(i) ? p : 1 - p) / (1 - p + p));
            });
        }
        return undefined;
    }
    const proba = data.proba;
    if (!proba)
        return undefined;
    if (metric === 'top2_accuracy') {
        return Float64Array.from({ length: n }, (_, i) => {
            const t = data.yTrue[i];
            const own = proba[t][i];
            let ahead = 0;
            for (let c = 0; c < proba.length; c++) {
                const s = proba[c][i];
                if (s > own || (s === own && c > t))
                    ahead++;
            }
            return ahead < 2 ? 1 : 0;
        });
    }
    if (metric === 'log_loss' && data.scoresAreProbabilities) {
        return Float64Array.from({ length: n }, (_, i) => {
            let sum = 0;
            for (const column of proba)
                sum += clip(column[i]);
            return -Math.log(clip(proba[data.yTrue[i]][i]) / sum);
        });
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/stats/binomial-pmf.ts
/**
 * Binomial probabilities that stay accurate at any n. `log(n!)` for n = 10^7 is about 1.5·10^8, so a pmf built
 * from log-factorials loses eight digits to cancellation; Loader's saddle-point form ("Fast and accurate
 * computation of binomial probabilities", 2000, the algorithm behind R's dbinom and SciPy's binom.pmf) works
 * with the small Stirling remainders and the deviance instead and keeps full relative precision.
 */
const LN_2PI = 1.8378770664093456;
/** stirlerr(k) = ln(k!) − ((k + ½)·ln k − k + ½·ln 2π) for k = 0..15, computed at 40 digits. */
const STIRLERR_SMALL = [
    0, 0.08106146679532726, 0.0413406959554093, 0.02767792568499834, 0.020790672103765093,
    0.016644691189821193, 0.013876128823070748, 0.01189670994589177, 0.010411265261972096,
    0.009255462182712733, 0.00833056343336287, 0.007573675487951841, 0.00694284010720953,
    0.006408994188004207, 0.0059513701127588475, 0.005554733551962801,
];
/**
 * The error of Stirling's formula for ln(k!), for integers k ≥ 1 (the asymptotic series beyond 15, as in
 * Loader's paper; exact to double precision).
 */
function stirlingError(k) {
    if (k <= 15)
        return STIRLERR_SMALL[k];
    const kk = k * k;
    if (k > 500)
        return (1 / 12 - 1 / 360 / kk) / k;
    if (k > 80)
        return (1 / 12 - (1 / 360 - 1 / 1260 / kk) / kk) / k;
    if (k > 35)
        return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / 1680 / kk) / kk) / kk) / k;
    return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / kk) / kk) / kk) / kk) / k;
}
/** The deviance term x·ln(x/m) + m − x, without cancellation when x is close to m. */
function deviance(x, m) {
    if (Math.abs(x - m) < 0.1 * (x + m)) {
        let v = (x - m) / (x + m);
        let sum = (x - m) * v;
        let ej = 2 * x * v;
        v *= v;
        for (let j = 1; j < 1000; j++) {
            ej *= v;
            const next = sum + ej / (2 * j + 1);
            if (next === sum)
                return next;
            sum = next;
        }
        return sum;
    }
    return x * Math.log(x / m) + m - x;
}
/** P(X = k) for X ~ Binomial(n, p), with full relative precision for any n (integers k, n ≥ 0). */
function binomialPmf(k, n, p) {
    if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || k > n)
        return 0;
    const q = 1 - p;
    if (p === 0)
        return k === 0 ? 1 : 0;
    if (q === 0)
        return k === n ? 1 : 0;
    if (k === 0)
        return n === 0 ? 1 : Math.exp(p < 0.1 ? -deviance(n, n * q) - n * p : n * Math.log(q));
    if (k === n)
        return Math.exp(q < 0.1 ? -deviance(n, n * p) - n * q : n * Math.log(p));
    const logCore = stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p) - deviance(n - k, n * q);
    const logScale = LN_2PI + Math.log(k) + Math.log1p(-k / n);
    return Math.exp(logCore - 0.5 * logScale);
}
/**
 * P(X ≤ k) for X ~ Binomial(n, p) with k at or below the mode, summed from k downwards: each term is the
 * previous one times j·q / ((n − j + 1)·p), and the sum stops once terms no longer change it. Terms fall at
 * least geometrically below the mode, so about ten standard deviations of terms suffice (≈ 16,000 at
 * n = 10^7). Accurate to about 1e-12 relative, including far tails.
 */
function binomialLowerTail(k, n, p) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    let term = binomialPmf(k, n, p);
    let sum = term;
    const ratio = (1 - p) / p;
    for (let j = k; j > 0 && term > 0; j--) {
        term *= (j / (n - j + 1)) * ratio;
        const next = sum + term;
        if (next === sum)
            break;
        sum = next;
    }
    return Math.min(1, sum);
}

;// CONCATENATED MODULE: ./src/stats/mcnemar.ts

/**
 * The exact (binomial) McNemar test for paired accuracy: of the b + c discordant pairs, b went right→wrong and
 * c wrong→right; under "no change" each is equally likely. Two-sided p-value, identical to
 * `scipy.stats.binomtest(b, b + c, 0.5, alternative='two-sided').pvalue`: for p = ½ the distribution is
 * symmetric, so SciPy's rule (sum every outcome no more likely than the observed one) is
 * min(1, 2·P(X ≤ min(b, c))). Exact and stable up to b + c = 10^7 and beyond (Loader's pmf, summed in the
 * tail; no factorials). No discordant pairs is no evidence: p = 1; so is |b − c| ≤ 1, where the tail sum
 * is exactly ½ and the p-value exactly 1.
 */
function mcnemarExact(b, c) {
    if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
        throw new RangeError(`McNemar counts must be non-negative integers, got b=${b}, c=${c}`);
    }
    if (Math.abs(b - c) <= 1)
        return 1;
    return Math.min(1, 2 * binomialLowerTail(Math.min(b, c), b + c, 0.5));
}

;// CONCATENATED MODULE: ./src/stats/pairing.ts
function labelOf(data, row) {
    return data.task === 'regression' ? data.yTrue[row] : data.classes[data.yTrue[row]];
}
/** Pairs the two runs' examples by id; rows whose label changed are left out of the pairing and counted. */
function pairExamples(baseline, current) {
    const unpaired = (reason) => ({
        kind: 'unpaired',
        reason,
        shared: 0,
        added: 0,
        removed: 0,
        changedLabels: 0,
        baselineRows: new Uint32Array(0),
        currentRows: new Uint32Array(0),
    });
    if (baseline.data.task !== current.data.task)
        return unpaired('the runs are of different tasks');
    if (!baseline.ids || !current.ids) {
        let sameLabels = baseline.data.n === current.data.n;
        for (let i = 0; sameLabels && i < baseline.data.n; i++)
            sameLabels = labelOf(baseline.data, i) === labelOf(current.data, i);
        return unpaired(sameLabels
            ? 'no id column: the runs have as many examples and the same labels in the same order, but rows are never paired by position; add an id column for paired tests'
            : 'no id column in one of the runs; add one (id, example_id or uid) for paired tests');
    }
    const baselineIndex = new Map();
    baseline.ids.forEach((id, row) => baselineIndex.set(id, row));
    const baselineRows = [];
    const currentRows = [];
    let changedLabels = 0;
    let shared = 0;
    current.ids.forEach((id, row) => {
        const match = baselineIndex.get(id);
        if (match === undefined)
            return;
        shared++;
        if (labelOf(baseline.data, match) !== labelOf(current.data, row)) {
            changedLabels++;
            return;
        }
        baselineRows.push(match);
        currentRows.push(row);
    });
    const result = {
        shared,
        added: current.ids.length - shared,
        removed: baseline.ids.length - shared,
        changedLabels,
        baselineRows: Uint32Array.from(baselineRows),
        currentRows: Uint32Array.from(currentRows),
    };
    if (baselineRows.length === 0)
        return { ...result, kind: 'unpaired', reason: 'no example id is shared by both runs' };
    return { ...result, kind: 'paired', reason: undefined };
}
function predictionChurn(baseline, current, pairing, examplesShown = 10) {
    const b = baseline.data;
    const c = current.data;
    if (pairing.kind !== 'paired' || b.task === 'regression' || c.task === 'regression')
        return undefined;
    const byClass = new Map();
    let rightToWrong = 0;
    let wrongToRight = 0;
    const newlyWrong = [];
    for (let k = 0; k < pairing.currentRows.length; k++) {
        const br = pairing.baselineRows[k];
        const cr = pairing.currentRows[k];
        const wasRight = b.classes[b.yPred[br]] === b.classes[b.yTrue[br]];
        const isRight = c.yPred[cr] === c.yTrue[cr];
        if (wasRight === isRight)
            continue;
        const label = c.classes[c.yTrue[cr]];
        const counts = byClass.get(label) ?? [0, 0];
        if (wasRight) {
            rightToWrong++;
            counts[0]++;
            if (newlyWrong.length < examplesShown)
                newlyWrong.push(current.ids[cr]);
        }
        else {
            wrongToRight++;
            counts[1]++;
        }
        byClass.set(label, counts);
    }
    return {
        rightToWrong,
        wrongToRight,
        byClass: [...byClass].sort((x, y) => y[1][0] - x[1][0]).map(([label, [rw, wr]]) => [label, rw, wr]),
        newlyWrong,
    };
}

;// CONCATENATED MODULE: ./src/stats/binomial-sampler.ts

/** Below this mean (n·min(p, 1 − p)) inversion is faster than rejection; BTRS needs a mean of at least 10. */
const INVERSION_MAX_MEAN = 10;
/**
 * An exact Binomial(n, p) variate: inversion (sequential search from 0) for small means, and Hörmann's BTRS
 * (transformed rejection with squeeze, "The generation of binomial random variates", 1993) otherwise, whose
 * cost does not grow with n. p > ½ is drawn as n − Binomial(n, 1 − p).
 */
function sampleBinomial(uniform, n, p) {
    if (!Number.isInteger(n) || n < 0)
        throw new RangeError(`binomial n must be a non-negative integer, got ${n}`);
    if (!(p >= 0 && p <= 1))
        throw new RangeError(`binomial p must lie in [0, 1], got ${p}`);
    if (n === 0 || p === 0)
        return 0;
    if (p === 1)
        return n;
    if (p > 0.5)
        return n - sampleSmallP(uniform, n, 1 - p);
    return sampleSmallP(uniform, n, p);
}
function sampleSmallP(uniform, n, p) {
    return n * p < INVERSION_MAX_MEAN ? sampleByInversion(uniform, n, p) : sampleByBtrs(uniform, n, p);
}
/** Sequential inversion; restarts if rounding ever walks it past a bound far into the tail (as NumPy does). */
function sampleByInversion(uniform, n, p) {
    const q = 1 - p;
    const p0 = Math.exp(n * Math.log1p(-p));
    const mean = n * p;
    const bound = Math.min(n, mean + 10 * Math.sqrt(mean * q + 1));
    const ratio = p / q;
    for (;;) {
        let x = 0;
        let px = p0;
        let u = uniform();
        while (u > px) {
            x++;
            if (x > bound)
                break;
            u -= px;
            px *= ((n - x + 1) * ratio) / x;
        }
        if (x <= bound)
            return x;
    }
}
/** BTRS for p ≤ ½ and n·p ≥ 10; the acceptance test uses Stirling remainders, so it is exact at any n. */
function sampleByBtrs(uniform, n, p) {
    const q = 1 - p;
    const spq = Math.sqrt(n * p * q);
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    const alpha = (2.83 + 5.1 / b) * spq;
    const r = p / q;
    const m = Math.floor((n + 1) * p);
    const fm = stirlingError(m + 1) + stirlingError(n - m + 1);
    for (;;) {
        const u = uniform() - 0.5;
        let v = uniform();
        const us = 0.5 - Math.abs(u);
        const k = Math.floor(((2 * a) / us + b) * u + c);
        if (k < 0 || k > n)
            continue;
        if (us >= 0.07 && v <= vr)
            return k;
        if (us === 0)
            continue;
        v = Math.log((v * alpha) / (a / (us * us) + b));
        // log f(k)/f(m) for the Binomial pmf f, via ln(j!) = (j + ½)·ln(j + 1) − (j + 1) + ½·ln 2π + stirlerr(j + 1).
        const bound = (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1))) +
            (n + 1) * Math.log((n - m + 1) / (n - k + 1)) +
            (k + 0.5) * Math.log((r * (n - k + 1)) / (k + 1)) +
            fm -
            stirlingError(k + 1) -
            stirlingError(n - k + 1);
        if (v <= bound)
            return k;
    }
}
/**
 * Multinomial(n, weights / Σ weights) into `out`, as conditional binomials: cell i gets
 * Binomial(remaining, w_i / Σ_{j ≥ i} w_j). The suffix sums are built in `out` first, so a cell whose weight
 * and all later weights are zero never receives a count through rounding. O(cells) for any n.
 */
function sampleMultinomial(uniform, n, weights, out) {
    const k = weights.length;
    if (out.length !== k)
        throw new RangeError(`multinomial output has ${out.length} cells, weights have ${k}`);
    let suffix = 0;
    for (let i = k - 1; i >= 0; i--) {
        const w = weights[i];
        if (!(w >= 0 && w < Infinity))
            throw new RangeError(`multinomial weights must be finite and ≥ 0, got ${w}`);
        suffix += w;
        out[i] = suffix;
    }
    if (k === 0) {
        if (n !== 0)
            throw new RangeError('multinomial over no cells');
        return out;
    }
    if (suffix === 0 && n > 0)
        throw new RangeError('multinomial weights sum to zero');
    let remaining = n;
    for (let i = 0; i < k; i++) {
        const rest = out[i];
        const w = weights[i];
        let x;
        if (remaining === 0 || w === 0)
            x = 0;
        else if (w >= rest)
            x = remaining;
        else
            x = sampleBinomial(uniform, remaining, w / rest);
        out[i] = x;
        remaining -= x;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/stats/random.ts

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;
const TWO_POW_32 = 4294967296;
/** splitmix32: spreads a seed over the generator state, so that nearby seeds give unrelated streams. */
function splitmix32(state) {
    state.s = (state.s + 0x9e3779b9) | 0;
    let z = state.s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
}
/** xoshiro128** (Blackman & Vigna 2018): 128 bits of state, period 2^128 − 1, fast with 32-bit integer ops. */
class Xoshiro128StarStar {
    s0;
    s1;
    s2;
    s3;
    uniform = () => this.next();
    constructor(seed) {
        const state = { s: (seed >>> 0) ^ Math.imul(Math.floor(seed / TWO_POW_32) | 0, 0x27d4eb2d) };
        this.s0 = splitmix32(state);
        this.s1 = splitmix32(state);
        this.s2 = splitmix32(state);
        this.s3 = splitmix32(state);
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
            this.s0 = 1; // the all-zero state is a fixed point
    }
    /** The next 32-bit output. */
    nextUint32() {
        const s1 = this.s1;
        const x = Math.imul(s1, 5);
        const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
        const t = s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= this.s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
        return result;
    }
    next() {
        const high = this.nextUint32() >>> 5; // 27 bits
        const low = this.nextUint32() >>> 6; // 26 bits
        return (high * TWO_POW_26 + low) / TWO_POW_53;
    }
    nextInt(bound) {
        if (!(Number.isInteger(bound) && bound >= 1 && bound <= TWO_POW_32)) {
            throw new RangeError(`nextInt needs an integer bound in [1, 2^32], got ${bound}`);
        }
        // Rejection removes the modulo bias of taking 32-bit outputs modulo a bound that is not a power of two.
        const limit = TWO_POW_32 - (TWO_POW_32 % bound);
        for (;;) {
            const x = this.nextUint32();
            if (x < limit)
                return x % bound;
        }
    }
    binomial(n, p) {
        return sampleBinomial(this.uniform, n, p);
    }
    multinomial(n, weights, out) {
        return sampleMultinomial(this.uniform, n, weights, out);
    }
}
/** A deterministic generator from an integer seed (any safe integer; equal seeds give equal streams). */
function createRng(seed) {
    if (!Number.isSafeInteger(seed))
        throw new RangeError(`the random seed must be a safe integer, got ${seed}`);
    return new Xoshiro128StarStar(seed);
}

;// CONCATENATED MODULE: ./src/stats/z-test.ts

/**
 * Compares two independent estimates that carry standard errors (lm-evaluation-harness `_stderr` values):
 * delta = b − a, se = √(seA² + seB²), two-sided normal p-value and a `level` confidence interval.
 * When both standard errors are zero nothing is known about the spread: z = 0 and p = 1, and the interval is
 * the point [delta, delta], so callers should treat the comparison as a point estimate.
 */
function zTestDifference(a, seA, b, seB, level = 0.95) {
    for (const se of [seA, seB]) {
        if (!(se >= 0 && se < Infinity))
            throw new RangeError(`standard errors must be finite and ≥ 0, got ${se}`);
    }
    if (!(level > 0 && level < 1))
        throw new RangeError(`the confidence level must lie in (0, 1), got ${level}`);
    const delta = b - a;
    const se = Math.hypot(seA, seB);
    if (se === 0)
        return { delta, se, z: 0, pValue: 1, interval: [delta, delta] };
    const z = delta / se;
    const half = normalQuantile(1 - (1 - level) / 2) * se;
    return { delta, se, z, pValue: twoSidedPValue(z), interval: [delta - half, delta + half] };
}

;// CONCATENATED MODULE: ./src/stats/estimate-deltas.ts













/** Row bootstraps recompute a metric per resample: at most this many row visits in total per metric. */
const ROW_BUDGET = 1_000_000;
const MIN_ROW_RESAMPLES = 200;
/**
 * Row visits are not the whole cost: each resample recomputes every metric of the task, and that costs
 * `resampleCost` work units (a few nanoseconds each). One metric's row bootstrap may spend at most
 * METRIC_WORK_BUDGET units, all of a comparison's row bootstraps together RUN_WORK_BUDGET; past that, metrics
 * gate on their point estimates and the report says no uncertainty is known. f1_macro over 1,000 classes (a
 * 1,000 × 1,000 confusion matrix per resample) or average_precision in hundreds of gated slices stay within
 * seconds this way. The budgets are counted, not timed, so verdicts never depend on the machine.
 */
const METRIC_WORK_BUDGET = 150_000_000;
const RUN_WORK_BUDGET = 500_000_000;
/** The work of recomputing the metrics of `data` once: rows, the confusion matrix, and the sorts for ranking. */
function resampleCost(data) {
    const n = Math.max(2, data.n);
    const sort = n * Math.log2(n);
    if (data.task === 'regression')
        return n + sort;
    const k = data.classes.length;
    let cost = n + k * k;
    if (data.task === 'binary')
        cost += sort;
    if (data.proba)
        cost += k * (sort + n);
    return cost;
}
/** How many resamples a row bootstrap of `cost` per resample may run: undefined when too few to be worth it. */
function affordableResamples(limit, cost, budget) {
    const resamples = Math.min(limit, Math.floor(Math.min(METRIC_WORK_BUDGET, budget.left) / cost));
    if (resamples < MIN_ROW_RESAMPLES)
        return undefined;
    budget.left -= resamples * cost;
    return resamples;
}
/** Joint cells grow as classes³; above this many the cell bootstrap gives way to a row bootstrap. */
const MAX_JOINT_CELLS = 20_000;
/**
 * Estimates the uncertainty of current − baseline for each metric id (docs/rules.md#significance). Paired when ids pair the
 * examples: McNemar and a joint-cell bootstrap for confusion-matrix metrics, DeLong for ROC AUC, row bootstraps
 * for the rest. Unpaired otherwise, or z-tests on the standard errors that metric files carry. Ids it cannot
 * estimate are left out: they gate on point estimates, and the report says so.
 */
function estimateDeltas(baseline, current, ids, options) {
    const estimates = new Map();
    const rng = createRng(options.seed);
    const budget = { left: RUN_WORK_BUDGET };
    const b = baseline.examples;
    const c = current.examples;
    let pairing;
    let churn;
    if (b && c) {
        pairing = pairExamples(b, c);
        churn = predictionChurn(b, c, pairing);
    }
    // When the eval set changed, the paired estimate measures the shared examples while the table's Δ is over all of
    // them: the estimate is moved onto that Δ, so the row, its interval and its verdict speak of one change.
    const setChanged = pairing?.kind === 'paired' && pairing.added + pairing.removed + pairing.changedLabels > 0;
    const sharedMetrics = new Map();
    for (const id of ids) {
        let estimate;
        if (b && c && pairing?.kind === 'paired') {
            estimate = pairedEstimate(id, b, c, pairing, current, options, rng, budget);
            if (estimate && setChanged)
                estimate = centreOnShownDelta(id, estimate, { b, c, pairing, baseline, current, sharedMetrics });
        }
        else if (b && c && (0,gate_direction/* baseMetricId */.V2)(id) === id)
            estimate = unpairedEstimate(id, b, c, options, rng, budget);
        estimate ??= stderrEstimate(id, baseline, current, options.level);
        if (estimate)
            estimates.set(id, estimate);
    }
    const method = pairing?.kind === 'paired'
        ? `paired tests on shared ids (${Math.round(options.level * 100)}% intervals)`
        : b && c
            ? 'unpaired bootstrap: no shared ids to pair the examples'
            : estimates.size > 0
                ? 'z-tests on the standard errors in the metric files'
                : 'no per-example data or standard errors: point estimates, no uncertainty known';
    return { estimates, pairing, churn, method };
}
/**
 * The paired estimate moved by (Δ over all examples − Δ over the shared ones), the shift compare.ts applies to
 * tool-reported values. The added and removed examples' own uncertainty is not in the interval; the method says
 * what it is centred on.
 */
function centreOnShownDelta(id, estimate, ctx) {
    const metric = (0,gate_direction/* baseMetricId */.V2)(id);
    const key = id.slice(metric.length);
    if (!ctx.sharedMetrics.has(key)) {
        const rows = rowsFor(id, ctx.pairing, ctx.current);
        ctx.sharedMetrics.set(key, rows && rows.c.length > 0 ? { b: (0,compute/* computeMetrics */.p)((0,subset/* subsetRows */._)(ctx.b.data, rows.b)).values, c: (0,compute/* computeMetrics */.p)((0,subset/* subsetRows */._)(ctx.c.data, rows.c)).values } : undefined);
    }
    const shared = ctx.sharedMetrics.get(key);
    const [sb, sc] = [shared?.b.get(metric), shared?.c.get(metric)];
    const [hb, hc] = [ctx.baseline.metrics.get(id), ctx.current.metrics.get(id)];
    if (typeof sb !== 'number' || typeof sc !== 'number' || typeof hb !== 'number' || typeof hc !== 'number')
        return estimate;
    const shift = hc - hb - (sc - sb);
    const method = `${estimate.method} on the shared examples, centred on the Δ over all`;
    return Math.abs(shift) > 1e-12 ? { ...shiftEstimate(estimate, shift), method } : { ...estimate, method };
}
/** The paired rows that belong to a slice id (`f1[region=eu]`), taking slice membership from the current run. */
function rowsFor(id, pairing, current) {
    const base = (0,gate_direction/* baseMetricId */.V2)(id);
    if (base === id)
        return { b: pairing.baselineRows, c: pairing.currentRows };
    const match = /^\[(.+?)=(.*)\]$/s.exec(id.slice(base.length));
    const slice = match && current.evaluation?.slices.find((s) => s.name === match[1]);
    if (!match || !slice)
        return undefined;
    const code = slice.values.indexOf(match[2]);
    const keep = [];
    for (let k = 0; k < pairing.currentRows.length; k++)
        if (slice.codes[pairing.currentRows[k]] === code)
            keep.push(k);
    return { b: Uint32Array.from(keep, (k) => pairing.baselineRows[k]), c: Uint32Array.from(keep, (k) => pairing.currentRows[k]) };
}
function pairedEstimate(id, b, c, pairing, current, options, rng, budget) {
    const rows = rowsFor(id, pairing, current);
    if (!rows || rows.c.length < 2)
        return undefined;
    const metric = (0,gate_direction/* baseMetricId */.V2)(id);
    const bd = (0,subset/* subsetRows */._)(b.data, rows.b);
    const cd = (0,subset/* subsetRows */._)(c.data, rows.c);
    if (bd.task !== cd.task)
        return undefined;
    if (cd.task !== 'regression' && bd.task !== 'regression' && !cd.weights && !bd.weights) {
        const aligned = alignClasses(bd, cd);
        const statistic = CONFUSION_METRICS[metric];
        if (statistic && aligned.k ** 3 <= MAX_JOINT_CELLS)
            return jointCellEstimate(metric, aligned, statistic, options, rng);
        if (metric === 'roc_auc' && cd.task === 'binary')
            return delongEstimate(aligned, options.level);
    }
    const meanB = perExample(metric, bd);
    const meanC = perExample(metric, cd);
    if (meanB && meanC && !bd.weights && !cd.weights) {
        const { mean, se } = pairedMean(meanC.map((v, i) => v - meanB[i]));
        return fromNormal('paired z-test', mean, se, options.level);
    }
    return options.gated.has(id) ? rowBootstrap(metric, bd, cd, options, rng, budget) : undefined;
}
/** Both runs' predictions on the current run's class indices (a class only the baseline knows is appended). */
function alignClasses(b, c) {
    const names = [...c.classes];
    const index = new Map(names.map((name, i) => [name, i]));
    const toCurrent = b.classes.map((name) => {
        if (!index.has(name))
            index.set(name, names.push(name) - 1);
        return index.get(name);
    });
    const predB = (0,codes/* allocateCodes */.q)(names.length, b.yPred.length);
    for (let i = 0; i < predB.length; i++)
        predB[i] = toCurrent[b.yPred[i]];
    const hard = (pred, positive) => Float64Array.from(pred, (p) => (p === positive ? 1 : 0));
    return {
        k: names.length,
        positive: c.positive,
        yTrue: c.yTrue,
        predB,
        predC: c.yPred,
        scoreB: b.score ?? hard(predB, c.positive),
        scoreC: c.score ?? hard(c.yPred, c.positive),
    };
}
function jointCellEstimate(metric, a, statistic, options, rng) {
    const { k } = a;
    const cells = new Float64Array(k * k * k);
    for (let i = 0; i < a.yTrue.length; i++)
        cells[(a.yTrue[i] * k + a.predB[i]) * k + a.predC[i]] += 1;
    const scratchB = new Float64Array(k * k);
    const scratchC = new Float64Array(k * k);
    const delta = (counts) => {
        scratchB.fill(0);
        scratchC.fill(0);
        for (let t = 0; t < k; t++) {
            for (let pb = 0; pb < k; pb++) {
                for (let pc = 0; pc < k; pc++) {
                    const n = counts[(t * k + pb) * k + pc];
                    if (n === 0)
                        continue;
                    scratchB[t * k + pb] += n;
                    scratchC[t * k + pc] += n;
                }
            }
        }
        return statistic(confusionFromCounts(scratchC, k), a.positive) - statistic(confusionFromCounts(scratchB, k), a.positive);
    };
    let pValue;
    if (metric === 'accuracy') {
        let rightToWrong = 0;
        let wrongToRight = 0;
        for (let i = 0; i < a.yTrue.length; i++) {
            const was = a.predB[i] === a.yTrue[i];
            const is = a.predC[i] === a.yTrue[i];
            if (was && !is)
                rightToWrong++;
            else if (!was && is)
                wrongToRight++;
        }
        pValue = mcnemarExact(rightToWrong, wrongToRight);
    }
    const samples = bootstrapCells(cells, delta, options.resamples, rng);
    return fromResamples(metric === 'accuracy' ? 'McNemar, paired bootstrap' : 'paired bootstrap', samples, options.level, pValue);
}
function delongEstimate(a, level) {
    const isPositive = Uint8Array.from(a.yTrue, (t) => (t === a.positive ? 1 : 0));
    const result = delongPaired(isPositive, a.scoreB, a.scoreC);
    if (!(result.se > 0))
        return undefined;
    return fromNormal('DeLong', result.delta, result.se, level, result.pValue);
}
/** A metric recomputed on resampled rows (row multiplicities as weights); skipped when the set is too large. */
function rowBootstrap(metric, b, c, options, rng, budget) {
    const n = c.n;
    if (metric === 'max_error' || metric === 'n')
        return undefined;
    const resamples = affordableResamples(Math.min(options.resamples, Math.floor(ROW_BUDGET / n)), resampleCost(b) + resampleCost(c), budget);
    if (resamples === undefined)
        return undefined;
    const samples = bootstrapRows(n, (w) => metricWithMultiplicities(c, w, metric) - metricWithMultiplicities(b, w, metric), resamples, rng);
    return fromResamples(`paired bootstrap (${resamples} resamples)`, samples, options.level);
}
function unpairedEstimate(metric, b, c, options, rng, budget) {
    const bd = b.data;
    const cd = c.data;
    if (bd.task !== cd.task)
        return undefined;
    if (metric === 'roc_auc' && bd.task === 'binary' && cd.task === 'binary' && bd.score && cd.score && !bd.weights && !cd.weights) {
        const positives = (d) => Uint8Array.from(d.yTrue, (t) => (t === d.positive ? 1 : 0));
        const vb = delongVariance(positives(bd), bd.score);
        const vc = delongVariance(positives(cd), cd.score);
        return fromNormal('DeLong, unpaired', vc.auc - vb.auc, Math.sqrt(vb.variance + vc.variance), options.level);
    }
    const meanB = perExample(metric, bd);
    const meanC = perExample(metric, cd);
    if (meanB && meanC && !bd.weights && !cd.weights) {
        const { mean, se } = unpairedMeans(meanB, meanC);
        return fromNormal('unpaired z-test', mean, se, options.level);
    }
    if (!options.gated.has(metric))
        return undefined;
    if (metric === 'max_error' || metric === 'n')
        return undefined;
    const resamples = affordableResamples(Math.min(options.resamples, Math.floor(ROW_BUDGET / (bd.n + cd.n))), resampleCost(bd) + resampleCost(cd), budget);
    if (resamples === undefined)
        return undefined;
    const samples = bootstrapIndependentRows(bd.n, cd.n, (wb, wc) => metricWithMultiplicities(cd, wc, metric) - metricWithMultiplicities(bd, wb, metric), resamples, rng);
    return fromResamples(`unpaired bootstrap (${resamples} resamples)`, samples, options.level);
}
/** A metric on resampled rows: multiplicities act as weights (times the sample weights, when there are any). */
function metricWithMultiplicities(data, multiplicities, metric) {
    const weights = data.weights ? multiplicities.map((w, i) => w * data.weights[i]) : multiplicities;
    return (0,compute/* computeMetrics */.p)({ ...data, weights }).values.get(metric) ?? Number.NaN;
}
/** lm-eval style standard errors on both sides: a z-test on the difference (docs/rules.md#significance). */
function stderrEstimate(id, baseline, current, level) {
    const seB = baseline.stderr.get(id);
    const seC = current.stderr.get(id);
    const vb = baseline.metrics.get(id);
    const vc = current.metrics.get(id);
    if (seB === undefined || seC === undefined || typeof vb !== 'number' || typeof vc !== 'number')
        return undefined;
    const z = zTestDifference(vb, seB, vc, seC, level);
    return fromNormal('z-test on reported standard errors', z.delta, z.se, level, z.pValue);
}

// EXTERNAL MODULE: ./src/ingest/llm-logs/scored.ts
var scored = __webpack_require__(9272);
;// CONCATENATED MODULE: ./src/stats/item-set-change.ts


/**
 * The estimate when the item set changed (items added, removed, or changed version): the gate's delta is the
 * headline difference over ALL items of each run, so the estimate is centred on it, not on the paired items'
 * difference. The headline difference is a sum of item contributions: paired item i gives cᵢ/N_c − bᵢ/N_b, an
 * item only in the current run cⱼ/N_c, one only in the baseline −bₖ/N_b. Its variance adds the paired part's
 * (P · Var(u)) and the unpaired parts' (each item's variance estimated from all of that run's items), with
 * Welch–Satterthwaite degrees of freedom; with a cluster column, a cluster-robust (CR1) standard error of the
 * same sum with clusters − 1 degrees of freedom. See docs/llm-evals.md#when-the-item-set-changed.
 */
function changedSetEstimate(b, c, pairing, level) {
    const allB = (0,scored/* itemMeans */.qK)(b);
    const allC = (0,scored/* itemMeans */.qK)(c);
    const nb = allB.length;
    const nc = allC.length;
    const p = pairing.current.length;
    const onlyC = nc - p;
    const onlyB = nb - p;
    const test = `t-interval of the headline difference over all items (${p} paired, ${onlyC} only in this run, ${onlyB} only in the baseline)`;
    const delta = (0,scored/* headline */.Pl)(c) - (0,scored/* headline */.Pl)(b);
    if (c.clusters ?? b.clusters) {
        const clustered = clusterRobust(b, c, pairing, allB, allC);
        if (clustered) {
            const named = `cluster-robust ${test} (${clustered.clusters} clusters)`;
            return { estimate: fromStudentT(named, delta, clustered.se, clustered.clusters - 1, level), test: named };
        }
    }
    const parts = [];
    if (p >= 2) {
        const u = Float64Array.from(pairing.current, (ci, k) => allC[ci] / nc - allB[pairing.baseline[k]] / nb);
        parts.push({ v: p * variance(u), df: p - 1 });
    }
    if (onlyC > 0 && nc >= 2)
        parts.push({ v: (onlyC * variance(allC)) / (nc * nc), df: nc - 1 });
    if (onlyB > 0 && nb >= 2)
        parts.push({ v: (onlyB * variance(allB)) / (nb * nb), df: nb - 1 });
    const total = parts.reduce((s, x) => s + x.v, 0);
    if (!(total > 0))
        return { estimate: undefined, test: `${test}: no spread to test with` };
    const df = total ** 2 / parts.reduce((s, x) => s + (x.v > 0 ? x.v ** 2 / x.df : 0), 0);
    return { estimate: fromStudentT(test, delta, Math.sqrt(total), df, level), test };
}
function variance(x) {
    const n = x.length;
    let mean = 0;
    for (const v of x)
        mean += v;
    mean /= n;
    let s = 0;
    for (const v of x)
        s += (v - mean) ** 2;
    return s / (n - 1);
}
/**
 * The CR1 standard error of the same sum when items share a cluster: each item's contribution, centred on its
 * part's mean (paired, only current, only baseline), summed per cluster. An item without a cluster is its own.
 */
function clusterRobust(b, c, pairing, allB, allC) {
    const nb = allB.length;
    const nc = allC.length;
    const sums = new Map();
    const add = (cluster, key, z) => {
        const name = cluster ?? `\u0000item ${key}`;
        sums.set(name, (sums.get(name) ?? 0) + z);
    };
    const p = pairing.current.length;
    const u = Float64Array.from(pairing.current, (ci, k) => allC[ci] / nc - allB[pairing.baseline[k]] / nb);
    const meanU = p > 0 ? u.reduce((s, v) => s + v, 0) / p : 0;
    const meanC = allC.reduce((s, v) => s + v, 0) / nc;
    const meanB = allB.reduce((s, v) => s + v, 0) / nb;
    const pairedC = new Uint8Array(nc);
    const pairedB = new Uint8Array(nb);
    pairing.current.forEach((ci, k) => {
        const bi = pairing.baseline[k];
        pairedC[ci] = 1;
        pairedB[bi] = 1;
        add(c.clusters?.[ci] ?? b.clusters?.[bi], c.keys[ci], u[k] - meanU);
    });
    for (let ci = 0; ci < nc; ci++)
        if (!pairedC[ci])
            add(c.clusters?.[ci], `c ${c.keys[ci]}`, (allC[ci] - meanC) / nc);
    for (let bi = 0; bi < nb; bi++)
        if (!pairedB[bi])
            add(b.clusters?.[bi], `b ${b.keys[bi]}`, -(allB[bi] - meanB) / nb);
    const g = sums.size;
    if (g < 2)
        return undefined;
    let sum = 0;
    for (const v of sums.values())
        sum += v * v;
    const se = Math.sqrt((g / (g - 1)) * sum);
    return se > 0 ? { se, clusters: g } : undefined;
}

;// CONCATENATED MODULE: ./src/stats/item-estimate.ts







function estimateItems(b, c, pairing, options) {
    const n = pairing.current.length;
    const meansB = Float64Array.from(pairing.baseline, (i) => (0,scored/* itemMean */.D2)(b, i));
    const meansC = Float64Array.from(pairing.current, (i) => (0,scored/* itemMean */.D2)(c, i));
    const d = meansC.map((v, k) => v - meansB[k]);
    const correlation = pearson(meansB, meansC);
    const base = { paired: n, correlation, clusters: undefined };
    if (n < 2)
        return { ...base, estimate: undefined, test: 'too few paired items to test', effectiveSd: Number.NaN };
    const mean = d.reduce((s, v) => s + v, 0) / n;
    const sd = Math.sqrt(d.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
    if (pairing.added.length + pairing.removed.length + pairing.changed.length > 0) {
        // The gate's delta is the headline over all items: test that, not the paired items' difference.
        return { ...base, ...changedSetEstimate(b, c, pairing, options.level), effectiveSd: sd };
    }
    const clusterOf = c.clusters ?? b.clusters;
    if (clusterOf) {
        const byCluster = new Map();
        pairing.current.forEach((ci, k) => {
            const cluster = c.clusters ? c.clusters[ci] : b.clusters[pairing.baseline[k]];
            byCluster.set(cluster, (byCluster.get(cluster) ?? 0) + d[k] - mean);
        });
        const g = byCluster.size;
        if (g >= 2) {
            let sum = 0;
            for (const s of byCluster.values())
                sum += s * s;
            const se = Math.sqrt(((g / (g - 1)) * sum) / (n * n));
            const test = `cluster-robust t-interval (${g} clusters)`;
            return { ...base, clusters: g, test, estimate: fromStudentT(test, mean, se, g - 1, options.level), effectiveSd: se * Math.sqrt(n) };
        }
    }
    const scoredOnce = (0,scored/* isBinary */.Go)(b) && (0,scored/* isBinary */.Go)(c) && maxRepeats(b) === 1 && maxRepeats(c) === 1 && (0,scored/* minRepeats */.Ng)(b) === 1 && (0,scored/* minRepeats */.Ng)(c) === 1;
    if (sd === 0) {
        // Every paired difference is the same: the t-interval would have zero width and claim certainty.
        if (!scoredOnce)
            return { ...base, estimate: undefined, test: 'every paired difference is the same: no spread to test with', effectiveSd: 0 };
        const test = 'exact sign test (every paired item changed the same way)';
        return { ...base, test, estimate: signTest(test, mean, n, options.level), effectiveSd: 0 };
    }
    let test = 'paired t-interval';
    let estimate = fromStudentT(test, mean, sd / Math.sqrt(n), n - 1, options.level);
    if (estimate && scoredOnce) {
        let rightToWrong = 0;
        let wrongToRight = 0;
        for (const v of d) {
            if (v < 0)
                rightToWrong++;
            else if (v > 0)
                wrongToRight++;
        }
        test = `McNemar exact test; ${test} for allowances`;
        estimate = withMcNemar(estimate, test, rightToWrong, wrongToRight);
    }
    return { ...base, test, estimate, effectiveSd: sd };
}
/**
 * Pass/fail items scored once whose paired differences are all the same s (−1, 0 or +1). Conditional on the
 * n discordant items, the number that got worse is Binomial(n, θ) and the mean worsening is 2θ − 1, so
 * "worsening ≤ a" is θ ≤ (1 + a) / 2 and its exact p-value when all n got worse is ((1 + a) / 2)ⁿ: McNemar's
 * one-sided tail 0.5ⁿ at a = 0 (0.125 for 3 items); the interval is Clopper–Pearson's for θ, whose inner end is
 * where that p-value equals the tail, so the interval excludes an allowance exactly when the test rejects it.
 */
function signTest(method, delta, n, level) {
    const within = (allowed, direction) => {
        const worsening = direction === 'higher' ? -delta : delta;
        if (worsening === 0)
            return allowed >= 0 ? 1 : 0;
        const a = Math.min(1, Math.max(-1, allowed));
        // All worse: P(every one of n worse | θ₀); all better: the mirror image.
        return worsening > 0 ? ((1 + a) / 2) ** n : 1 - ((1 - a) / 2) ** n;
    };
    // Clopper–Pearson for θ: with all n worse, θ ≥ tail^(1/n) and at most 1, so the worsening 2θ − 1 lies in
    // [2·tail^(1/n) − 1, 1]; the lower end is where within() equals tail, the upper one the boundary.
    const bounds = (tail) => {
        const edge = 1 - 2 * tail ** (1 / n);
        return delta < 0 ? [-1, edge] : delta > 0 ? [-edge, 1] : [0, 0];
    };
    const interval = bounds((1 - level) / 2);
    return { method, interval, level, pValue: delta === 0 ? 1 : Math.min(1, 2 * 0.5 ** n), probabilityWithin: within, distribution: within, bounds };
}
function maxRepeats(metric) {
    let max = 0;
    for (let i = 0; i < metric.keys.length; i++)
        max = Math.max(max, metric.offsets[i + 1] - metric.offsets[i]);
    return max;
}
/** McNemar's exact p-value, and its one-sided tail deciding a zero allowance; other allowances use the t distribution. */
function withMcNemar(estimate, method, rightToWrong, wrongToRight) {
    const discordant = rightToWrong + wrongToRight;
    return {
        ...estimate,
        method,
        // The verdict interval inverts the continuous t distribution, never McNemar's step at zero.
        distribution: estimate.probabilityWithin,
        pValue: mcnemarExact(rightToWrong, wrongToRight),
        probabilityWithin(allowed, direction) {
            if (allowed !== 0)
                return estimate.probabilityWithin(allowed, direction);
            if (discordant === 0)
                return 1;
            // P(at most this many improvements) when either direction is equally likely: small = confidently worse.
            return binomialLowerTail(direction === 'higher' ? wrongToRight : rightToWrong, discordant, 0.5);
        },
    };
}
function pearson(x, y) {
    const n = x.length;
    if (n < 2)
        return undefined;
    let mx = 0;
    let my = 0;
    for (let i = 0; i < n; i++) {
        mx += x[i];
        my += y[i];
    }
    mx /= n;
    my /= n;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < n; i++) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) ** 2;
        syy += (y[i] - my) ** 2;
    }
    return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : undefined;
}
/**
 * Paired items an eval needs so that a worsening of `allowed` beyond the allowance is detected with 80% power at
 * `alpha` (two-sided interval): n = ((z₁₋α/₂ + z₀.₈) · sd / allowed)². And the smallest such worsening the
 * eval can detect with the items it has.
 */
function sampleSize(effectiveSd, paired, allowed, alpha) {
    const z = normalQuantile(1 - alpha / 2) + normalQuantile(0.8);
    return { detectable: (z * effectiveSd) / Math.sqrt(paired), itemsNeeded: Math.ceil(((z * effectiveSd) / allowed) ** 2) };
}

;// CONCATENATED MODULE: ./src/stats/item-pairing.ts

function pairItems(b, c) {
    const index = new Map();
    b.keys.forEach((key, i) => index.set(key, i));
    const baseline = [];
    const current = [];
    const added = [];
    const changed = [];
    const seen = new Uint8Array(b.keys.length);
    let promptChanged = 0;
    c.keys.forEach((key, ci) => {
        const bi = index.get(key);
        if (bi === undefined) {
            added.push(key);
            return;
        }
        seen[bi] = 1;
        if (b.versions && c.versions && b.versions[bi] !== c.versions[ci]) {
            changed.push(key);
            return;
        }
        if (b.prompts && c.prompts && b.prompts[bi] !== c.prompts[ci])
            promptChanged++;
        baseline.push(bi);
        current.push(ci);
    });
    const removed = b.keys.filter((_, i) => seen[i] === 0);
    return { baseline: Uint32Array.from(baseline), current: Uint32Array.from(current), added, removed, changed, promptChanged };
}
function itemState(metric, i) {
    const mean = (0,scored/* itemMean */.D2)(metric, i);
    return mean === 1 ? 'pass' : mean === 0 ? 'fail' : 'flaky';
}
/** Indices are positions k in the pairing. */
function itemTransitions(b, c, pairing) {
    const passToFail = [];
    const failToPass = [];
    const stillFailing = [];
    const flaky = [];
    let stillPassing = 0;
    for (let k = 0; k < pairing.current.length; k++) {
        const was = itemState(b, pairing.baseline[k]);
        const is = itemState(c, pairing.current[k]);
        if (was === 'flaky' || is === 'flaky')
            flaky.push(k);
        else if (was === 'pass' && is === 'fail')
            passToFail.push(k);
        else if (was === 'fail' && is === 'pass')
            failToPass.push(k);
        else if (was === 'fail')
            stillFailing.push(k);
        else
            stillPassing++;
    }
    return { passToFail, failToPass, stillFailing, flaky, stillPassing };
}

;// CONCATENATED MODULE: ./src/stats/compare-items.ts



/** Every metric both runs have scored records for, compared item by item (pairing by key only). */
function compareItems(baseline, current, options) {
    const out = [];
    if (!baseline.items || !current.items)
        return out;
    for (const [id, c] of current.items) {
        const b = baseline.items.get(id);
        if (!b)
            continue;
        out.push(compareMetric(b, c, options));
    }
    return out;
}
function compareMetric(b, c, options) {
    const pairing = pairItems(b, c);
    const result = estimateItems(b, c, pairing, { level: options.level });
    let transitions;
    if ((0,scored/* isBinary */.Go)(b) && (0,scored/* isBinary */.Go)(c)) {
        const t = itemTransitions(b, c, pairing);
        const shown = options.shown ?? 10;
        const change = (k) => {
            const ci = pairing.current[k];
            const text = options.showText ? c.texts?.[ci] : undefined;
            return { key: c.keys[ci], baseline: (0,scored/* itemMean */.D2)(b, pairing.baseline[k]), current: (0,scored/* itemMean */.D2)(c, ci), ...(text ? { text } : {}) };
        };
        const newlyFlaky = t.flaky.filter((k) => (0,scored/* itemMean */.D2)(b, pairing.baseline[k]) === 1).length;
        transitions = {
            passToFail: t.passToFail.length,
            failToPass: t.failToPass.length,
            stillFailing: t.stillFailing.length,
            flaky: t.flaky.length,
            newlyFlaky,
            newlyFailing: t.passToFail.slice(0, shown).map(change),
            newlyPassing: t.failToPass.slice(0, shown).map(change),
        };
    }
    return {
        id: c.id,
        task: c.task,
        paired: pairing.current.length,
        added: pairing.added.length,
        removed: pairing.removed.length,
        changed: pairing.changed.length,
        promptChanged: pairing.promptChanged,
        test: result.test,
        correlation: result.correlation,
        clusters: result.clusters,
        estimate: result.estimate,
        delta: (0,scored/* headline */.Pl)(c) - (0,scored/* headline */.Pl)(b),
        effectiveSd: result.effectiveSd,
        transitions,
    };
}
/** The "eval too small for this rule" finding, when the allowance is below the smallest detectable worsening. */
function tooSmallFor(comparison, allowed, alpha) {
    if (!(allowed > 0) || comparison.paired < 2 || !(comparison.effectiveSd > 0))
        return undefined;
    const size = sampleSize(comparison.effectiveSd, comparison.paired, allowed, alpha);
    return size.detectable > allowed ? size : undefined;
}

// EXTERNAL MODULE: ./src/gate/rules.ts
var gate_rules = __webpack_require__(7344);
;// CONCATENATED MODULE: ./src/gate/match-rules.ts



/** Rule keys are metric ids or globs: `*` matches any run of characters, `?` one; brackets are literal. */
function isGlob(key) {
    return key.includes('*') || key.includes('?');
}
/**
 * A glob as a matcher: `*` any run of characters, `?` one, everything else literal. No regular expression and no
 * backtracking: the pattern is cut at its stars, the first piece must start the id, the last must end it, and
 * each piece between is taken at its leftmost place after the previous one (leftmost is never worse, since a
 * star can absorb whatever lies between). The cost is at most id length × pattern length, however many stars
 * (`*a*a*a*a*a*a*a*a*a*a*a*a*z` took more than 30 s as a regular expression).
 */
function compileGlob(key) {
    const pieces = key.split('*');
    if (pieces.length === 1)
        return { test: (id) => id.length === key.length && matchesAt(id, 0, key) };
    const head = pieces[0];
    const tail = pieces[pieces.length - 1];
    const middle = pieces.slice(1, -1).filter((piece) => piece !== '');
    return {
        test(id) {
            if (id.length < head.length + tail.length)
                return false;
            if (!matchesAt(id, 0, head) || !matchesAt(id, id.length - tail.length, tail))
                return false;
            let from = head.length;
            const end = id.length - tail.length;
            for (const piece of middle) {
                const at = findPiece(id, piece, from, end);
                if (at < 0)
                    return false;
                from = at + piece.length;
            }
            return true;
        },
    };
}
/** Whether `piece` (literal characters and `?`) matches `id` at `at`. */
function matchesAt(id, at, piece) {
    for (let i = 0; i < piece.length; i++) {
        const c = piece.charCodeAt(i);
        if (c !== 63 /* ? */ && c !== id.charCodeAt(at + i))
            return false;
    }
    return true;
}
/** The leftmost place in `id[from, end)` where `piece` matches whole, or -1. */
function findPiece(id, piece, from, end) {
    if (!piece.includes('?')) {
        const at = id.indexOf(piece, from);
        return at >= 0 && at + piece.length <= end ? at : -1;
    }
    for (let at = from; at + piece.length <= end; at++)
        if (matchesAt(id, at, piece))
            return at;
    return -1;
}
/**
 * Finds the rule for each metric id: a rule written for exactly that id, else the most specific matching glob
 * (most literal characters; the first written on a tie), else `default` — which never applies to the `n` counts.
 */
class RuleMatcher {
    rules;
    exact = new Map();
    globs = [];
    fallback;
    constructor(rules) {
        this.rules = rules;
        let fallback;
        for (const rule of rules) {
            if (rule.key === gate_rules/* DEFAULT_RULE_KEY */.rX)
                fallback = rule;
            else if (isGlob(rule.key)) {
                this.globs.push({ rule, pattern: compileGlob(rule.key), literalChars: rule.key.replace(/[*?]/g, '').length });
            }
            else
                this.exact.set(rule.key, rule);
        }
        this.fallback = fallback;
    }
    ruleFor(id) {
        const exact = this.exact.get(id);
        if (exact)
            return exact;
        let best;
        for (const glob of this.globs) {
            if (glob.pattern.test(id) && (!best || glob.literalChars > best.literalChars))
                best = glob;
        }
        if (best)
            return best.rule;
        const isCount = id === 'n' || id.startsWith('n[');
        return isCount ? undefined : this.fallback;
    }
    /** Refuses rules that match no metric of either run: a typo must not silently gate nothing (docs/rules.md#syntax). */
    assertAllMatch(ids) {
        for (const rule of this.rules) {
            if (rule.key === gate_rules/* DEFAULT_RULE_KEY */.rX)
                continue;
            const matches = isGlob(rule.key) ? ids.some((id) => compileGlob(rule.key).test(id)) : ids.includes(rule.key);
            if (matches)
                continue;
            const known = ids.filter((id) => (0,gate_direction/* baseMetricId */.V2)(id) === id).slice(0, 30);
            const more = ids.length > known.length ? ', …' : '';
            throw new errors/* ConfigError */.xL(`rules: "${rule.key}" matches no metric in the current run or the baseline; known ids: ${known.join(', ')}${more}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/stats/holm.ts
/**
 * Holm's step-down adjustment (Holm 1979) for testing several metrics and slices at once: the i-th smallest
 * of m p-values is multiplied by m − i + 1, a running maximum keeps the adjusted values in the order of the
 * raw ones, and they are capped at 1. Same values as statsmodels `multipletests(p, method='holm')[1]`, in
 * the input order. Controls the family-wise error rate under any dependence between the tests.
 */
function holmAdjust(pValues) {
    const m = pValues.length;
    pValues.forEach((p, i) => {
        if (!(p >= 0 && p <= 1))
            throw new RangeError(`p-value ${i} must lie in [0, 1], got ${p}`);
    });
    const order = pValues.map((_, i) => i).sort((i, j) => pValues[i] - pValues[j] || i - j);
    const adjusted = new Array(m);
    let runningMax = 0;
    order.forEach((index, rank) => {
        runningMax = Math.max(runningMax, (m - rank) * pValues[index]);
        adjusted[index] = Math.min(1, runningMax);
    });
    return adjusted;
}

// EXTERNAL MODULE: ./src/gate/reasons.ts
var reasons = __webpack_require__(7962);
;// CONCATENATED MODULE: ./src/gate/evaluate-rules.ts





const SEVERITY_RANK = { pass: 0, warn: 1, fail: 2 };
/**
 * Judges every metric of both runs against its rules (docs/rules.md#syntax–5.3): pure, rules × current × baseline →
 * verdicts, each with its reasons in words. With estimates, a max-regression rule fails only when the worsening
 * is confidently beyond the allowance (Holm-adjusted across all such checks); beyond it on the point estimate
 * alone is a warning. The baseline's rules gate too, so a pull request cannot loosen its own gate. A rule of
 * this run matching no metric is a ConfigError.
 */
function evaluateRules(input) {
    const ids = [...new Set([...input.current.keys(), ...(input.baseline?.keys() ?? [])])];
    const matcher = new RuleMatcher(input.rules);
    matcher.assertAllMatch(ids);
    const baselineMatcher = new RuleMatcher(input.baselineRules ?? []);
    const pending = [];
    const drafts = ids.map((id, index) => judge(id, matcher.ruleFor(id), baselineMatcher.ruleFor(id), input, index, pending));
    const adjusted = holmAdjust(pending.map((c) => c.p));
    const adjustedByIndex = new Map();
    const alpha = input.alpha ?? 0.05;
    const rankOf = rankByP(pending.map((c) => c.p));
    pending.forEach((check, k) => {
        const p = adjusted[k];
        adjustedByIndex.set(check.index, Math.min(p, adjustedByIndex.get(check.index) ?? 1));
        // The interval the verdict used: Holm tests the check of rank r (0-based) at alpha / (m − r), so its
        // two-sided interval at 1 − alpha / (m − r) lies wholly beyond the allowance exactly when that step rejects.
        const stepAlpha = alpha / (pending.length - rankOf[k]);
        const bounds = adjustedBounds(check.estimate, check.facts.direction, stepAlpha / 2);
        const adjustment = pending.length > 1 ? `Holm over ${pending.length} checks` : undefined;
        const interval = { bounds, level: 1 - stepAlpha, adjustment, method: check.estimate.method };
        const draft = drafts[check.index];
        // Two-sided (1 - alpha) interval entirely beyond the allowance ⇔ one-sided p below alpha / 2.
        const confident = p < alpha / 2;
        const severity = !check.beyond ? 'pass' : confident && check.rule.severity === 'error' ? 'fail' : 'warn';
        // A metric checked twice (this PR's rule and the baseline's) shows the interval of the check that decided
        // its status, so the table and the reason that explains it carry the same numbers; the PR's on a tie.
        const decides = (draft.verdictSeverity ?? -1) < SEVERITY_RANK[severity] || (draft.verdictSeverity === SEVERITY_RANK[severity] && check.source === 'pr');
        if (decides) {
            draft.verdictInterval = interval;
            draft.verdictP = check.p;
            draft.verdictSeverity = SEVERITY_RANK[severity];
        }
        if (severity === 'pass')
            return;
        const ownStep = check.p * (pending.length - rankOf[k]) < alpha / 2;
        const outcome = confident ? 'beyond' : ownStep ? 'holm-stopped' : 'not-confident';
        const reason = (0,reasons/* describeRegressionCheck */.ll)({ ...check.facts, interval: { bounds, level: 1 - stepAlpha, adjustment } }, outcome);
        draft.findings.push({ reason, severity, kind: 'regression', source: check.source });
    });
    const verdicts = drafts.map((draft, index) => finish(draft, adjustedByIndex.get(index), input.accept));
    const counts = Object.fromEntries(['fail', 'warn', 'accepted', 'pass', 'new', 'removed', 'skipped', 'info'].map((s) => [s, 0]));
    for (const verdict of verdicts)
        counts[verdict.status]++;
    let status = 'pass';
    if (counts.fail > 0)
        status = 'fail';
    else if (!input.baseline)
        status = 'no-baseline';
    else if (counts.warn > 0)
        status = 'warn';
    return { status, hasBaseline: input.baseline !== undefined, verdicts, counts };
}
/** The verdict's status and reasons from its findings; an accept label turns accepted failures into 'accepted'. */
function finish(draft, adjustedP, accept) {
    const { findings, notes } = draft;
    // The p-value shown beside the adjusted one is the raw one-sided p of the same check, never another test's.
    const estimate = draft.verdict.estimate && draft.verdictP !== undefined ? { ...draft.verdict.estimate, pValue: draft.verdictP } : draft.verdict.estimate;
    const verdict = { ...draft.verdict, estimate, verdictInterval: draft.verdictInterval };
    const label = (f) => (f.source === 'baseline' && draft.verdict.baselineRule !== draft.verdict.rule ? `baseline rule: ${f.reason}` : f.reason);
    const reasons = [...findings.map(label), ...notes];
    if (draft.skipped)
        return { ...verdict, adjustedP, status: 'skipped', reasons: [draft.skipped] };
    if (!verdict.rule && !verdict.baselineRule)
        return { ...verdict, adjustedP, status: draft.presence === 'pass' ? 'info' : draft.presence, reasons };
    const failures = findings.filter((f) => f.severity === 'fail');
    if (failures.length > 0) {
        if (accept && failures.every((f) => f.kind === 'regression' || accept.absoluteRules)) {
            return { ...verdict, adjustedP, status: 'accepted', reasons: [...reasons, `accepted by the "${accept.label}" label`] };
        }
        return { ...verdict, adjustedP, status: 'fail', reasons };
    }
    if (findings.length > 0)
        return { ...verdict, adjustedP, status: 'warn', reasons };
    return { ...verdict, adjustedP, status: draft.presence, reasons };
}
function judge(id, rule, baselineRule, input, index, pending) {
    const current = input.current.has(id) ? input.current.get(id) : undefined;
    const baseline = input.baseline?.has(id) ? input.baseline.get(id) : undefined;
    const declared = input.directions?.get(id) ?? input.directions?.get((0,gate_direction/* baseMetricId */.V2)(id));
    const direction = (0,gate_direction/* directionOf */.FR)(id, rule?.direction ?? baselineRule?.direction, declared);
    const comparable = typeof current === 'number' && typeof baseline === 'number';
    const delta = comparable ? current - baseline : undefined;
    const relativeDelta = delta !== undefined && baseline !== 0 ? delta / Math.abs(baseline) : undefined;
    let change;
    if (delta !== undefined)
        change = delta === 0 ? 'unchanged' : (delta > 0) === (direction === 'higher') ? 'improved' : 'worsened';
    const estimate = comparable ? input.estimates?.get(id) : undefined;
    const verdict = { id, baseline, current, delta, relativeDelta, direction, change, rule: rule ?? baselineRule, baselineRule, estimate, adjustedP: undefined };
    const presence = current === undefined ? 'removed' : input.baseline && baseline === undefined ? 'new' : 'pass';
    const draft = { verdict, presence, skipped: undefined, findings: [], notes: [] };
    if (!rule && !baselineRule)
        return draft;
    const sliceSize = sliceSizeOf(id, input.current, input.itemCounts);
    if (sliceSize !== undefined && sliceSize < input.minSliceSize) {
        return { ...draft, skipped: `slice of ${sliceSize} examples, below min-slice-size ${input.minSliceSize}: not gated` };
    }
    const checked = [];
    if (rule)
        checked.push([rule, 'pr']);
    if (baselineRule && !sameRule(rule, baselineRule))
        checked.push([baselineRule, 'baseline']);
    for (const [r, source] of checked) {
        const severity = r.severity === 'error' ? 'fail' : 'warn';
        for (const reason of absoluteChecks(id, r, current, baseline))
            draft.findings.push({ reason, severity, kind: 'absolute', source });
        if (r.maxNewlyFailing !== undefined && input.baseline)
            draft.findings.push(...newlyFailingChecks(r.maxNewlyFailing, input.newlyFailing?.get(id), severity, source, draft.notes));
        if (!r.maxRegression || !input.baseline)
            continue;
        if (baseline === null) {
            draft.notes.push('the baseline value is undefined: not compared');
            continue;
        }
        if (typeof baseline !== 'number' || typeof current !== 'number')
            continue;
        const worsening = direction === 'higher' ? baseline - current : current - baseline;
        const allowed = (0,gate_rules/* allowedWorsening */.b4)(r.maxRegression, baseline);
        // Tolerate float noise at the exact limit (0.9 - 0.89 is 0.010000000000000009).
        const beyond = worsening > allowed + 1e-12 * Math.max(1, Math.abs(baseline));
        const facts = { id, direction, baseline, current, regression: r.maxRegression, allowed };
        if (estimate && input.alpha !== undefined) {
            pending.push({ index, rule: r, source, p: estimate.probabilityWithin(allowed, direction), beyond, facts, estimate });
        }
        else if (beyond) {
            const noInterval = input.alpha === undefined ? 'significance is off' : 'no per-example data or standard error';
            draft.findings.push({ reason: (0,reasons/* describeRegressionCheck */.ll)({ ...facts, noInterval }, 'beyond'), severity, kind: 'regression', source });
        }
    }
    return draft;
}
/**
 * `max-newly-failing: N`: fails when more than N items passed every baseline repeat and fail every current one.
 * Items mixed across repeats (flaky) never count; those that passed before and are mixed now only warn.
 */
function newlyFailingChecks(allowed, counts, severity, source, notes) {
    if (!counts) {
        notes.push('max-newly-failing: no pass/fail items paired with the baseline, so none could be counted');
        return [];
    }
    const findings = [];
    const items = (n) => `${n} item${n === 1 ? '' : 's'}`;
    if (counts.count > allowed) {
        findings.push({ reason: `${items(counts.count)} newly failing (passed every baseline repeat, fail every current one), more than the allowed ${allowed}`, severity, kind: 'regression', source });
    }
    if (counts.newlyFlaky > 0) {
        findings.push({ reason: `${items(counts.newlyFlaky)} that passed every baseline repeat ${counts.newlyFlaky === 1 ? 'is' : 'are'} flaky now (mixed across repeats): a warning, not counted as newly failing`, severity: 'warn', kind: 'regression', source });
    }
    return findings;
}
function sameRule(a, b) {
    return a !== undefined && JSON.stringify({ ...a, key: '' }) === JSON.stringify({ ...b, key: '' });
}
/** min, max, and presence: checks that need no baseline and no statistics. */
function absoluteChecks(id, rule, current, baseline) {
    if (current === undefined) {
        if (baseline !== undefined)
            return ['missing from this run, but the baseline has it'];
        return rule.required ? ['required, but missing from this run'] : [];
    }
    if (current === null)
        return ['undefined on this data (NaN), so it cannot pass'];
    const broken = [];
    if (rule.min !== undefined && current < rule.min)
        broken.push((0,reasons/* describeBound */.YD)(id, 'min', rule.min, current, baseline));
    if (rule.max !== undefined && current > rule.max)
        broken.push((0,reasons/* describeBound */.YD)(id, 'max', rule.max, current, baseline));
    return broken;
}
/** The rank (0 = smallest) of each p-value, ties by position, as Holm's procedure orders them. */
function rankByP(pValues) {
    const order = pValues.map((_, i) => i).sort((i, j) => pValues[i] - pValues[j] || i - j);
    const rank = new Array(pValues.length);
    order.forEach((index, r) => (rank[index] = r));
    return rank;
}
/**
 * The two-sided interval of current − baseline whose tails hold `tail` each, found by inverting the estimate's
 * own P(worsening ≤ a): the same function the verdict used, so "wholly beyond the allowance" reads true exactly
 * when the check rejected (a zero allowance on pass/fail items is decided by McNemar's exact test instead, whose
 * steps are not inverted: the interval then comes from the estimate's continuous distribution).
 */
function adjustedBounds(estimate, direction, tail) {
    if (estimate.bounds)
        return [...estimate.bounds(tail)];
    // The continuous distribution, where the estimate has one: McNemar's step at exactly zero is not inverted.
    const within = estimate.distribution ?? estimate.probabilityWithin;
    const quantile = (q) => {
        const [a, b] = estimate.interval;
        const width = Math.abs(b - a) || Math.max(Math.abs(a), Math.abs(b), 1e-9);
        let lo = Math.min(-a, -b, a, b) - width;
        let hi = Math.max(-a, -b, a, b) + width;
        for (let i = 0; i < 60 && within(lo, direction) >= q; i++)
            lo -= (hi - lo);
        for (let i = 0; i < 60 && within(hi, direction) < q; i++)
            hi += (hi - lo);
        for (let i = 0; i < 80; i++) {
            const mid = (lo + hi) / 2;
            if (within(mid, direction) >= q)
                hi = mid;
            else
                lo = mid;
        }
        return hi;
    };
    // Worsening is −Δ for higher-is-better metrics and Δ for lower-is-better ones.
    const least = quantile(tail);
    const most = quantile(1 - tail);
    return direction === 'higher' ? [-most, -least] : [least, most];
}
/**
 * The example count of the slice a metric id belongs to (`n[region=eu]` for `f1[region=eu]`); scored records
 * (and promptfoo's `[prompt=…]` slices) have no `n` metric, so their item count stands in.
 */
function sliceSizeOf(id, current, itemCounts) {
    const base = (0,gate_direction/* baseMetricId */.V2)(id);
    if (base === id)
        return undefined;
    const n = current.get(`n${id.slice(base.length)}`);
    return typeof n === 'number' ? n : itemCounts?.get(id);
}

// EXTERNAL MODULE: ./src/gate/outcome.ts
var gate_outcome = __webpack_require__(5163);
;// CONCATENATED MODULE: ./src/gate/compare.ts










/** The whole gate, pure: two runs and the settings in, the report model out (docs/rules.md, §6). */
function compareRuns(current, baseline, settings) {
    const currentTask = current.task;
    const baselineTask = baseline?.task;
    if (currentTask && baselineTask && currentTask !== baselineTask) {
        throw new errors/* InputError */.dz(`the baseline is a ${baselineTask} eval and the current run a ${currentTask} one; they cannot be compared (check task and the label columns)`);
    }
    const significance = settings.significance ?? 'auto';
    const alpha = significance === 'off' ? undefined : significance === 'auto' ? DEFAULT_ALPHA : significance;
    let estimated;
    if (baseline && alpha !== undefined) {
        const matcher = new RuleMatcher(settings.rules);
        const ids = idsToEstimate(current, baseline, matcher, settings.minSliceSize);
        const gated = new Set(ids.filter((id) => matcher.ruleFor(id)?.maxRegression !== undefined));
        estimated = estimateDeltas(baseline, current, ids, { level: 1 - alpha, resamples: RESAMPLES, seed: SEED, gated });
    }
    const items = baseline ? compareItems(baseline, current, { level: 1 - (alpha ?? DEFAULT_ALPHA), showText: settings.showItemText === true }) : [];
    if (estimated) {
        for (const item of items) {
            if (item.estimate)
                estimated.estimates.set(item.id, centredOnShown(item, current, baseline));
        }
    }
    const gate = evaluateRules({
        current: current.metrics,
        baseline: baseline?.metrics,
        rules: settings.rules,
        minSliceSize: settings.minSliceSize,
        ...(baseline?.recordedRules ? { baselineRules: baseline.recordedRules } : {}),
        ...(settings.accept ? { accept: settings.accept } : {}),
        ...(estimated ? { estimates: estimated.estimates, alpha } : {}),
        directions: declaredDirections(baseline, current),
        ...(items.length > 0 ? { newlyFailing: newlyFailingCounts(items) } : {}),
        ...(current.items ? { itemCounts: itemCounts(current, items) } : {}),
    });
    const ruleNotes = baseline?.recordedRules ? describeRuleChanges(settings.rules, baseline.recordedRules) : [];
    const failed = gate.verdicts.filter((v) => v.status === 'fail').map((v) => v.id);
    const warned = gate.verdicts.filter((v) => v.status === 'warn').map((v) => v.id);
    let outcome = (0,gate_outcome/* decideOutcome */.dl)(gate.status, settings.failOn, settings.ifNoBaseline, gate.status === 'warn' ? warned : failed);
    if (gate.status === 'no-baseline' && settings.expectBaseline === false) {
        outcome = { passed: outcome.passed, summary: settings.rules.length > 0
                ? settings.rules.some((r) => r.maxRegression)
                    ? 'min and max rules passed; max-regression rules were not checked (no baseline asked for)'
                    : 'every rule passed (no baseline asked for)'
                : `${gate.verdicts.length} metrics, no rules` };
    }
    return {
        gate,
        passed: outcome.passed,
        outcome: outcome.summary,
        current: runInfo('current', current),
        baseline: baseline && { ...runInfo('baseline', baseline), ...provenanceOf(baseline, settings.baselineProvenance) },
        ...(settings.acceptLabel ? { acceptLabel: settings.acceptLabel } : {}),
        baselineExpected: settings.expectBaseline ?? true,
        ...(baseline ? { comparison: summarize(estimated, significance, gate.verdicts.filter((v) => v.adjustedP !== undefined).length, items.length) } : {}),
        ...(items.length > 0 ? { items: itemReport(items, settings.rules, baseline, alpha ?? DEFAULT_ALPHA) } : {}),
        pictures: buildPictures(current, baseline, gate.verdicts, settings.currentLabel ?? 'this run'),
        notes: [...ruleNotes, ...current.notes, ...(baseline?.notes ?? []).map((note) => `baseline: ${note}`)],
    };
}
/** Seeded, so that the same inputs always give the same intervals and verdicts. */
const SEED = 20_261_129;
const RESAMPLES = 10_000;
const DEFAULT_ALPHA = 0.05;
/**
 * The item estimate is centred on the items' headline difference; a tool's own reported value (Inspect's
 * results) can differ from the mean of its samples, and the gate judges the delta the table shows, so the
 * estimate moves onto it (docs/llm-evals.md#when-the-item-set-changed).
 */
function centredOnShown(item, current, baseline) {
    const c = current.metrics.get(item.id);
    const b = baseline.metrics.get(item.id);
    const shift = typeof c === 'number' && typeof b === 'number' ? c - b - item.delta : 0;
    return Number.isFinite(shift) && Math.abs(shift) > 1e-12 ? shiftEstimate(item.estimate, shift) : item.estimate;
}
/** Items per scored metric: the paired count where compared with the baseline, else the current run's. */
function itemCounts(current, items) {
    const out = new Map();
    for (const [id, metric] of current.items ?? [])
        out.set(id, metric.keys.length);
    for (const item of items)
        out.set(item.id, item.paired);
    return out;
}
function newlyFailingCounts(items) {
    const out = new Map();
    for (const item of items)
        if (item.transitions)
            out.set(item.id, { count: item.transitions.passToFail, newlyFlaky: item.transitions.newlyFlaky });
    return out;
}
/** The items section's model: each comparison, and whether the eval is too small for its max-regression rule. */
function itemReport(items, rules, baseline, alpha) {
    const matcher = new RuleMatcher(rules);
    return {
        metrics: items.map((item) => {
            const regression = matcher.ruleFor(item.id)?.maxRegression;
            const value = baseline.metrics.get(item.id);
            if (!regression || typeof value !== 'number')
                return { comparison: item, tooSmall: undefined };
            const allowed = (0,gate_rules/* allowedWorsening */.b4)(regression, value);
            const size = tooSmallFor(item, allowed, alpha);
            return { comparison: item, tooSmall: size && { allowed, ...size } };
        }),
    };
}
/**
 * Every comparable overall metric, and the slice metrics that a rule gates; slices too small to be gated
 * (below min-slice-size) are not worth their resampling.
 */
function idsToEstimate(current, baseline, matcher, minSliceSize) {
    return [...current.metrics.keys()].filter((id) => {
        if (id === 'n' || id.startsWith('n['))
            return false;
        if (typeof current.metrics.get(id) !== 'number' || typeof baseline.metrics.get(id) !== 'number')
            return false;
        const base = (0,gate_direction/* baseMetricId */.V2)(id);
        if (base === id)
            return true;
        const size = current.metrics.get(`n${id.slice(base.length)}`);
        if (typeof size === 'number' && size < minSliceSize)
            return false;
        return matcher.ruleFor(id)?.maxRegression !== undefined;
    });
}
function summarize(estimated, significance, tested, itemMetrics) {
    const pairing = estimated?.pairing;
    let method = significance === 'off' ? 'significance is off: rules gate on point estimates' : (estimated?.method ?? 'point estimates');
    if (itemMetrics > 0 && significance !== 'off')
        method = `paired item tests on ${itemMetrics} scored metric${itemMetrics === 1 ? '' : 's'} (see Items); otherwise ${method}`;
    if (tested > 1)
        method += `; Holm-adjusted over ${tested} max-regression checks`;
    return {
        paired: pairing?.kind === 'paired',
        reason: pairing?.reason,
        shared: pairing?.shared ?? 0,
        added: pairing?.added ?? 0,
        removed: pairing?.removed ?? 0,
        changedLabels: pairing?.changedLabels ?? 0,
        pairedRows: pairing?.currentRows.length ?? 0,
        churn: estimated?.churn,
        significance: method,
    };
}
/**
 * Where this run's rules differ from the baseline's, in words, so no pull request can quietly loosen its own
 * gate: both sets apply until the change lands on the default branch and records a new baseline.
 */
function describeRuleChanges(rules, recorded) {
    const mine = new Map(rules.map((r) => [r.key, r]));
    const theirs = new Map(recorded.map((r) => [r.key, r]));
    const notes = [];
    for (const [key, rule] of theirs) {
        const own = mine.get(key);
        if (!own)
            notes.push(`rule "${key}" (${(0,gate_rules/* describeRule */.IO)(rule)}) comes from the baseline: this pull request removed it, but it still applies until the change is merged`);
        else if ((0,gate_rules/* describeRule */.IO)(own) !== (0,gate_rules/* describeRule */.IO)(rule))
            notes.push(`rule "${key}": this pull request says ${(0,gate_rules/* describeRule */.IO)(own)}, the baseline ${(0,gate_rules/* describeRule */.IO)(rule)}; a metric fails if it breaks either`);
    }
    for (const [key, rule] of mine) {
        if (!theirs.has(key))
            notes.push(`rule "${key}" (${(0,gate_rules/* describeRule */.IO)(rule)}) is new in this pull request and applies at once`);
    }
    return notes;
}
/** The baseline's commit and run: as the caller found it, else the bundle's own entry (`compare --baseline DIR`). */
function provenanceOf(baseline, given) {
    const own = baseline.history?.at(-1);
    if (given && (given.match !== 'local' || !own))
        return { provenance: given };
    if (!own)
        return {};
    return { provenance: { sha: own.sha, runNumber: own.runNumber, date: own.date, match: 'local' } };
}
function runInfo(label, run) {
    return { label, task: run.task, n: run.n, sources: run.sources };
}
/** The directions the metric files of either run declare; the current run's declaration wins. */
function declaredDirections(baseline, current) {
    const directions = new Map();
    for (const run of [baseline, current]) {
        for (const [id, higher] of run?.higherIsBetter ?? [])
            directions.set(id, higher ? 'higher' : 'lower');
    }
    return directions;
}

// EXTERNAL MODULE: ./src/report/confusion-table.ts
var confusion_table = __webpack_require__(7023);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/numbers.ts

/** A value alone, for the HTML report's plain rows (the comment's cells come from cells.ts). */
function formatMetricValue(value) {
    if (value === undefined)
        return '';
    if (value === null)
        return 'NaN';
    return (0,format/* formatValue */.F)(value);
}

// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/svg-chart.ts


const WIDTH = 560;
const HEIGHT = 320;
const PLOT = { left: 64, right: WIDTH - 16, top: 40, bottom: HEIGHT - 56 };
const MAX_TEXT = 60;
/** Draws one chart as an `<svg>` element with class `chart`; data lines have class `series`. */
function renderLineChart(spec) {
    const sx = (x) => PLOT.left + ((x - spec.x.min) / (spec.x.max - spec.x.min || 1)) * (PLOT.right - PLOT.left);
    const sy = (y) => PLOT.bottom - ((y - spec.y.min) / (spec.y.max - spec.y.min || 1)) * (PLOT.bottom - PLOT.top);
    const out = [
        `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${(0,report_escape/* escapeHtml */.ZD)(cut(spec.title))}">`,
        `<title>${(0,report_escape/* escapeHtml */.ZD)(cut(spec.title))}</title>`,
        `<text class="title" x="${PLOT.left}" y="20">${(0,report_escape/* escapeHtml */.ZD)(cut(spec.title))}</text>`,
    ];
    for (const tick of niceTicks(spec.y.min, spec.y.max)) {
        const y = num(sy(tick));
        out.push(`<line class="grid" x1="${PLOT.left}" x2="${PLOT.right}" y1="${y}" y2="${y}"/>`);
        out.push(`<text class="tick" x="${PLOT.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${(0,report_escape/* escapeHtml */.ZD)((0,format/* formatValue */.F)(tick))}</text>`);
    }
    for (const tick of spec.x.ticks) {
        const x = num(sx(tick.value));
        out.push(`<line class="axis" x1="${x}" x2="${x}" y1="${PLOT.bottom}" y2="${PLOT.bottom + 4}"/>`);
        out.push(`<text class="tick" x="${x}" y="${PLOT.bottom + 16}" text-anchor="middle">${(0,report_escape/* escapeHtml */.ZD)(cut(tick.label, 16))}</text>`);
    }
    out.push(`<path class="axis" d="M${PLOT.left} ${PLOT.top}V${PLOT.bottom}H${PLOT.right}" fill="none"/>`, `<text class="label" x="${(PLOT.left + PLOT.right) / 2}" y="${HEIGHT - 18}" text-anchor="middle">${(0,report_escape/* escapeHtml */.ZD)(cut(spec.xLabel))}</text>`, `<text class="label" transform="translate(16 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" text-anchor="middle">${(0,report_escape/* escapeHtml */.ZD)(cut(spec.yLabel, 40))}</text>`);
    if (spec.reference) {
        const [a, b] = spec.reference;
        out.push(`<path class="reference" d="M${num(sx(a.x))} ${num(sy(a.y))}L${num(sx(b.x))} ${num(sy(b.y))}" fill="none"/>`);
    }
    for (const series of spec.series) {
        const d = pathData(series.points.map((p) => p && { x: sx(p.x), y: sy(p.y) }));
        const dash = series.dashed ? ' stroke-dasharray="6 4"' : '';
        if (d)
            out.push(`<path class="series" d="${d}" fill="none" stroke="${series.colour}" stroke-width="2"${dash}><title>${(0,report_escape/* escapeHtml */.ZD)(cut(series.name))}</title></path>`);
        for (const p of series.points) {
            if (p?.tip !== undefined)
                out.push(`<circle cx="${num(sx(p.x))}" cy="${num(sy(p.y))}" r="3" fill="${series.colour}"><title>${(0,report_escape/* escapeHtml */.ZD)(cut(p.tip))}</title></circle>`);
        }
    }
    for (const m of spec.markers ?? []) {
        const [x, y] = [num(sx(m.x)), num(sy(m.y))];
        out.push(`<circle class="marker" cx="${x}" cy="${y}" r="6" fill="${m.colour}"><title>${(0,report_escape/* escapeHtml */.ZD)(cut(m.tip))}</title></circle>`);
        const labelY = num(sy(m.y) + (m.labelBelow ? 22 : -12));
        out.push(`<text class="marker-label" x="${x}" y="${labelY}" text-anchor="end">${(0,report_escape/* escapeHtml */.ZD)(cut(m.label, 24))}</text>`);
    }
    out.push(...legend([...spec.series.map((s) => ({ name: s.name, colour: s.colour, dot: false, dashed: s.dashed ?? false })), ...(spec.legend ?? []).map((l) => ({ ...l, dot: l.dot ?? true, dashed: false }))]));
    out.push('</svg>');
    return out.join('\n');
}
function legend(entries) {
    const out = [];
    let x = PLOT.right;
    // Right-aligned, last entry rightmost: lay out from the right, measuring text at ~6.5 px per character.
    for (const entry of [...entries].reverse()) {
        const name = cut(entry.name, 32);
        x -= [...name].length * 6.5 + 24;
        const swatch = entry.dot
            ? `<circle cx="${num(x + 6)}" cy="26" r="5" fill="${entry.colour}"/>`
            : `<path d="M${num(x)} 26H${num(x + 14)}" stroke="${entry.colour}" stroke-width="2"${entry.dashed ? ' stroke-dasharray="4 2"' : ''}/>`;
        out.push(`<g class="legend">${swatch}<text x="${num(x + 18)}" y="30">${(0,report_escape/* escapeHtml */.ZD)(name)}</text></g>`);
    }
    return out;
}
/** `M x y L x y …`, starting a new `M` after each gap; '' when no point is drawn. */
function pathData(points) {
    let d = '';
    let pen = false;
    for (const p of points) {
        if (p === null || !Number.isFinite(p.x) || !Number.isFinite(p.y)) {
            pen = false;
            continue;
        }
        d += `${pen ? 'L' : 'M'}${num(p.x)} ${num(p.y)}`;
        pen = true;
    }
    return d;
}
/** About five round tick values from min to max (1, 2 or 5 times a power of ten apart). */
function niceTicks(min, max, count = 5) {
    const span = max - min;
    if (!(span > 0) || !Number.isFinite(span))
        return [min];
    const raw = span / count;
    const power = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
    const ticks = [];
    for (let t = Math.ceil(min / step - 1e-9) * step; t <= max + step * 1e-9; t += step)
        ticks.push(Number(t.toPrecision(12)));
    return ticks;
}
/**
 * A y range for values: min..max padded by a tenth of the span (a flat series by 5% of its value) and widened
 * to round ticks; kept within 0..1 when every value is, since most metrics are rates.
 */
function niceRange(values) {
    const finite = values.filter(Number.isFinite);
    if (finite.length === 0)
        return { min: 0, max: 1 };
    const low = Math.min(...finite);
    const high = Math.max(...finite);
    const pad = high > low ? (high - low) * 0.1 : Math.abs(high) * 0.05 || 0.05;
    const ticks = niceTicks(low - pad, high + pad);
    const step = ticks.length > 1 ? ticks[1] - ticks[0] : pad;
    let min = Math.floor((low - pad) / step + 1e-9) * step;
    let max = Math.ceil((high + pad) / step - 1e-9) * step;
    if (low >= 0 && min < 0)
        min = 0;
    if (low >= 0 && high <= 1 && max > 1)
        max = 1;
    return { min: Number(min.toPrecision(12)), max: Number(max.toPrecision(12)) };
}
function num(value) {
    return String(Math.round(value * 100) / 100);
}
function cut(text, max = MAX_TEXT) {
    const chars = [...text.replace(/[\r\n]+/g, ' ')];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

;// CONCATENATED MODULE: ./src/report/html-report.ts






/** No script, no fetch of any kind: only inline styles and data: images may load (docs/report.md, issue "Pictures"). */
const HTML_REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
const BLUE = '#0969da';
const GREY = '#8c959f';
const ORANGE = '#bc4c00';
/** More classes than this and the HTML shows the best-supported ones, with a note. */
const MAX_HTML_CLASSES = 30;
/** At most this many commit labels under a trend chart; the rest are hover tooltips. */
const MAX_X_LABELS = 8;
const STYLE = `
body { font: 14px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; margin: 24px auto; max-width: 1200px; padding: 0 16px; }
h1 { font-size: 22px; } h2 { font-size: 18px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; margin-top: 32px; }
pre.summary { white-space: pre-wrap; background: #f6f8fa; padding: 12px; border-radius: 6px; }
table { border-collapse: collapse; margin: 8px 0 16px; } th, td { border: 1px solid #d0d7de; padding: 4px 8px; }
td.num { text-align: right; font-variant-numeric: tabular-nums; } th { background: #f6f8fa; }
tr.fail td { background: #ffebe9; } tr.warn td { background: #fff8c5; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; } figure { margin: 0; }
svg.chart { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
svg .title { font-size: 14px; font-weight: 600; fill: #1f2328; } svg .tick, svg .legend text { font-size: 11px; fill: #59636e; }
svg .label { font-size: 12px; fill: #1f2328; } svg .marker-label { font-size: 12px; font-weight: 600; fill: ${ORANGE}; }
svg .grid { stroke: #eaeef2; } svg .axis { stroke: #59636e; } svg .reference { stroke: #afb8c1; stroke-dasharray: 2 3; }
.matrices { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; } .matrices td { min-width: 3em; }
p.note { color: #59636e; }
.verdict { padding: 12px 16px; border-radius: 6px; font-size: 18px; font-weight: 600; margin: 8px 0 16px; }
.verdict.fail { background: #ffebe9; color: #a40e26; border: 1px solid #ff8182; } .verdict.warn { background: #fff8c5; color: #7d4e00; border: 1px solid #d4a72c; }
.verdict.pass { background: #dafbe1; color: #116329; border: 1px solid #4ac26b; } .verdict.no-baseline { background: #ddf4ff; color: #0550ae; border: 1px solid #54aeff; }
table.metrics td.num, table.metrics td:first-child { white-space: nowrap; } td.reasons { max-width: 520px; } td.reasons ul { margin: 0; padding-left: 16px; }
`;
/**
 * The whole report as ONE self-contained HTML file: the metric table, inline SVG charts of each trend and of the
 * ROC and precision–recall curves, and heat-mapped confusion matrices. A strict CSP forbids scripts and every
 * external load; every string from an artifact is escaped.
 */
function renderHtmlReport(input) {
    const { pictures } = input;
    const body = [`<h1>${(0,report_escape/* escapeHtml */.ZD)(input.title)}</h1>`];
    if (input.verdict)
        body.push(`<div class="verdict ${(0,report_escape/* escapeHtml */.ZD)(input.verdict.status)}">${(0,report_escape/* escapeHtml */.ZD)(input.verdict.words)}</div>`);
    if (input.markdownSummary)
        body.push(`<pre class="summary">${(0,report_escape/* escapeHtml */.ZD)(input.markdownSummary)}</pre>`);
    body.push('<h2>Metrics</h2>', metricTable(input.tableRows));
    if (input.legend)
        body.push(`<p class="note">${(0,report_escape/* escapeHtml */.ZD)(input.legend)}</p>`);
    if (input.nextSteps && input.nextSteps.length > 0)
        body.push('<h2>Next steps</h2>', `<ul>${input.nextSteps.map((s) => `<li>${(0,report_escape/* escapeHtml */.ZD)(s)}</li>`).join('')}</ul>`);
    for (const section of input.sections ?? [])
        body.push(...sectionTable(section));
    const trends = pictures.trends.filter((t) => t.points.some((p) => p.value !== null && Number.isFinite(p.value)));
    if (trends.length > 0)
        body.push('<h2>Trends</h2>', `<div class="charts">${trends.map((t) => figure(trendChart(t))).join('\n')}</div>`);
    const curves = [
        pictures.roc && curveChart('ROC curve', pictures.roc, 'false positive rate', 'true positive rate', 'AUC', true),
        pictures.precisionRecall && curveChart('Precision–recall curve', pictures.precisionRecall, 'recall', 'precision', 'AP', false),
    ].filter((c) => c !== undefined);
    if (curves.length > 0)
        body.push('<h2>Curves</h2>', `<div class="charts">${curves.map(figure).join('\n')}</div>`);
    if (pictures.confusion)
        body.push('<h2>Confusion matrix</h2>', confusionSection(pictures.confusion));
    if (pictures.residuals)
        body.push('<h2>Where the error changed</h2>', figure(residualChart(pictures.residuals)));
    body.push('<p class="note">Written by model-gate: one file, no scripts, no external assets.</p>');
    return [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${(0,report_escape/* escapeHtml */.ZD)(input.title)}</title>`,
        `<style>${STYLE}</style>`,
        '</head>',
        '<body>',
        ...body,
        '</body>',
        '</html>',
        '',
    ].join('\n');
}
function figure(svg) {
    return `<figure>${svg}</figure>`;
}
function metricTable(rows) {
    if (rows.length === 0)
        return '<p class="note">No metrics.</p>';
    const show = (v) => (0,report_escape/* escapeHtml */.ZD)(typeof v === 'string' ? v : formatMetricValue(v));
    const delta = (r) => (0,report_escape/* escapeHtml */.ZD)(r.change ?? (typeof r.delta === 'number' ? (0,confusion_table/* formatSigned */.Gp)(r.delta) : r.delta === null ? 'NaN' : (r.delta ?? '')));
    const withInterval = rows.some((r) => r.interval);
    const withRule = rows.some((r) => r.rule);
    const withReasons = rows.some((r) => r.reasons && r.reasons.length > 0);
    const lines = rows.map((r) => {
        const cells = [
            `<td>${report_report/* STATUS_ICON */.tW[r.status] ?? ''} ${(0,report_escape/* escapeHtml */.ZD)(r.status)}</td>`,
            `<td>${(0,report_escape/* escapeHtml */.ZD)(r.id)}${r.arrow ? ` ${(0,report_escape/* escapeHtml */.ZD)(r.arrow)}` : ''}</td>`,
            `<td class="num">${show(r.baseline)}</td>`,
            `<td class="num">${show(r.current)}</td>`,
            `<td class="num">${delta(r)}</td>`,
        ];
        if (withInterval)
            cells.push(`<td class="num">${(0,report_escape/* escapeHtml */.ZD)(r.interval ?? '')}</td>`);
        if (withRule)
            cells.push(`<td>${(0,report_escape/* escapeHtml */.ZD)(r.rule ?? '')}</td>`);
        if (withReasons)
            cells.push(`<td class="reasons">${r.reasons && r.reasons.length > 0 ? `<ul>${r.reasons.map((x) => `<li>${(0,report_escape/* escapeHtml */.ZD)(x)}</li>`).join('')}</ul>` : ''}</td>`);
        return `<tr class="${(0,report_escape/* escapeHtml */.ZD)(r.status)}">${cells.join('')}</tr>`;
    });
    const head = ['status', 'metric', 'baseline', 'current', 'Δ', ...(withInterval ? ['interval'] : []), ...(withRule ? ['rule'] : []), ...(withReasons ? ['reasons'] : [])];
    return `<table class="metrics">\n<thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>\n<tbody>\n${lines.join('\n')}\n</tbody>\n</table>`;
}
function sectionTable(section) {
    const out = [`<h2>${(0,report_escape/* escapeHtml */.ZD)(section.title)}</h2>`];
    if (section.note)
        out.push(`<p class="note">${(0,report_escape/* escapeHtml */.ZD)(section.note)}</p>`);
    const head = `<tr>${section.header.map((h) => `<th>${(0,report_escape/* escapeHtml */.ZD)(h)}</th>`).join('')}</tr>`;
    const rows = section.rows.map((row) => `<tr>${row.map((cell, i) => `<td${i > 0 && /^[−+\d]/.test(cell) ? ' class="num"' : ''}>${(0,report_escape/* escapeHtml */.ZD)(cell)}</td>`).join('')}</tr>`);
    out.push(`<table class="section">\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`);
    return out;
}
function trendChart(trend) {
    const n = trend.points.length;
    const last = trend.points[n - 1];
    const describe = (p) => `${p.label}${p.date ? ` (${p.date})` : ''}: ${(0,format/* formatValue */.F)(p.value)}`;
    const every = Math.ceil(n / MAX_X_LABELS);
    const ticks = trend.points.map((p, i) => ({ value: i, label: p.label })).filter((t) => (n - 1 - t.value) % every === 0);
    const series = {
        name: 'runs',
        colour: BLUE,
        points: trend.points.map((p, i) => (p.value === null || !Number.isFinite(p.value) ? null : { x: i, y: p.value, tip: describe(p) })),
    };
    const hasCurrent = last !== undefined && last.value !== null && Number.isFinite(last.value);
    const previous = trend.points.slice(0, -1).findLast((p) => p.value !== null && Number.isFinite(p.value))?.value;
    return renderLineChart({
        title: `${trend.id} (${trend.direction} is better)`,
        xLabel: 'run (oldest first)',
        yLabel: trend.id,
        x: { min: -0.5, max: Math.max(n - 0.5, 0.5), ticks },
        y: niceRange(trend.points.flatMap((p) => (p.value === null ? [] : [p.value]))),
        series: [series],
        markers: hasCurrent ? [{ x: n - 1, y: last.value, colour: ORANGE, label: (0,format/* formatValue */.F)(last.value), tip: `this run, ${describe(last)}`, labelBelow: (previous ?? -Infinity) > last.value }] : [],
        legend: [{ name: hasCurrent ? 'this run' : 'this run: no value', colour: ORANGE }],
    });
}
function curveChart(title, pair, xLabel, yLabel, areaName, diagonal) {
    const name = (who, area) => (area === undefined ? who : `${who} (${areaName} ${(0,format/* formatValue */.F)(area)})`);
    const points = (c) => c.x.map((x, i) => ({ x, y: c.y[i] ?? Number.NaN }));
    const series = [];
    if (pair.baseline)
        series.push({ name: name('baseline', pair.baseline.area), colour: GREY, dashed: true, points: points(pair.baseline) });
    series.push({ name: name('current', pair.current.area), colour: BLUE, points: points(pair.current) });
    const ys = series.flatMap((s) => s.points.flatMap((p) => (p ? [p.y] : [])));
    const unit = ys.every((y) => !Number.isFinite(y) || (y >= 0 && y <= 1));
    const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((value) => ({ value, label: (0,format/* formatValue */.F)(value) }));
    return renderLineChart({
        title,
        xLabel,
        yLabel,
        x: { min: 0, max: 1, ticks },
        y: unit ? { min: 0, max: 1 } : niceRange(ys),
        series,
        ...(diagonal ? { reference: [{ x: 0, y: 0 }, { x: 1, y: 1 }] } : {}),
    });
}
function residualChart(bins) {
    const points = (values) => bins.centres.map((x, i) => (Number.isFinite(values[i]) ? { x, y: values[i], tip: `around ${(0,format/* formatValue */.F)(x)}: ${(0,format/* formatValue */.F)(values[i])}` } : null));
    const series = [];
    if (bins.baseline)
        series.push({ name: 'baseline', colour: GREY, dashed: true, points: points(bins.baseline) });
    series.push({ name: 'current', colour: BLUE, points: points(bins.current) });
    const xs = bins.centres;
    const x = niceRange(xs);
    const ys = [...bins.current, ...(bins.baseline ?? [])].filter(Number.isFinite);
    return renderLineChart({
        title: 'Mean absolute error by actual value',
        xLabel: 'actual value (middle of each tenth of the examples)',
        yLabel: 'mean absolute error',
        x: { min: x.min, max: x.max, ticks: niceTicks(x.min, x.max).map((value) => ({ value, label: (0,format/* formatValue */.F)(value) })) },
        y: niceRange([0, ...ys]),
        series,
    });
}
function confusionSection(pair) {
    if (!(0,confusion_table/* fitsClasses */.th)(pair.current, pair.classes))
        return `<p class="note">The confusion matrix does not match its ${pair.classes.length} classes, so it is not shown.</p>`;
    const selection = (0,confusion_table/* selectClasses */.Vn)(pair, MAX_HTML_CLASSES);
    const out = [];
    if (selection.omitted > 0) {
        out.push(`<p class="note">Showing the ${selection.indexes.length} of ${pair.classes.length} classes with the most examples in this run; ${selection.omitted} are left out.</p>`);
    }
    const names = selection.indexes.map((i) => (0,confusion_table/* shortClassName */.mm)(pair.classes[i]));
    const baseline = (0,confusion_table/* fitsClasses */.th)(pair.baseline, pair.classes) ? pair.baseline : undefined;
    const tables = [];
    if (baseline)
        tables.push(heatTable('Baseline', names, selection.indexes, baseline, 'counts'));
    tables.push(heatTable('Current', names, selection.indexes, pair.current, 'counts'));
    if (baseline)
        tables.push(heatTable('Difference (current − baseline)', names, selection.indexes, pair.current.map((row, i) => row.map((v, j) => v - baseline[i][j])), 'difference'));
    out.push(`<div class="matrices">${tables.join('\n')}</div>`);
    out.push('<p class="note">Rows: true class; columns: predicted class. Shade: share of the true class (blue: right, red: confused); in the difference, green is better and red worse.</p>');
    if (!baseline)
        out.push(`<p class="note">${pair.baseline ? 'The baseline matrix does not match these classes.' : 'No baseline matrix to compare with.'}</p>`);
    return out.join('\n');
}
function heatTable(caption, names, indexes, matrix, kind) {
    const largest = Math.max(1e-12, ...indexes.flatMap((i) => indexes.map((j) => Math.abs(matrix[i][j]))));
    const head = `<tr><th>true ↓ / predicted →</th>${names.map((n) => `<th>${(0,report_escape/* escapeHtml */.ZD)(n)}</th>`).join('')}</tr>`;
    const rows = indexes.map((i, r) => {
        const total = matrix[i].reduce((s, v) => s + v, 0);
        const cells = indexes.map((j, c) => {
            const v = matrix[i][j];
            const diagonal = i === j;
            let shade;
            let text;
            if (kind === 'counts') {
                const share = total > 0 ? v / total : 0;
                shade = share > 0 ? `rgba(${diagonal ? '9,105,218' : '207,34,46'},${(0.08 + 0.55 * share).toFixed(3)})` : 'transparent';
                text = (0,format/* formatValue */.F)(v);
            }
            else {
                const better = diagonal ? v > 0 : v < 0;
                shade = v === 0 ? 'transparent' : `rgba(${better ? '26,127,55' : '207,34,46'},${(0.08 + 0.55 * (Math.abs(v) / largest)).toFixed(3)})`;
                text = (0,confusion_table/* formatSigned */.Gp)(v);
            }
            const tip = `true ${names[r]}, predicted ${names[c]}: ${text}`;
            return `<td class="num" style="background:${shade}" title="${(0,report_escape/* escapeHtml */.ZD)(tip)}">${(0,report_escape/* escapeHtml */.ZD)(text)}</td>`;
        });
        return `<tr><th>${(0,report_escape/* escapeHtml */.ZD)(names[r])}</th>${cells.join('')}</tr>`;
    });
    return `<table class="confusion"><caption>${(0,report_escape/* escapeHtml */.ZD)(caption)}</caption>\n${head}\n${rows.join('\n')}\n</table>`;
}

// EXTERNAL MODULE: ./src/report/cells.ts
var report_cells = __webpack_require__(571);
// EXTERNAL MODULE: ./src/report/markdown.ts + 3 modules
var markdown = __webpack_require__(3864);
// EXTERNAL MODULE: ./src/report/items.ts
var items = __webpack_require__(8134);
// EXTERNAL MODULE: ./src/report/per-class.ts
var per_class = __webpack_require__(4452);
// EXTERNAL MODULE: ./src/report/slice-pivot.ts
var slice_pivot = __webpack_require__(1641);
// EXTERNAL MODULE: ./src/report/units.ts
var units = __webpack_require__(7885);
;// CONCATENATED MODULE: ./src/report/html-input.ts







/**
 * The HTML report's input from the report model: the full report (docs/report.md) — every overall metric and
 * every broken slice sorted by severity, with reasons, intervals and rules; the slices, per-class scores and
 * churn as tables; and the pictures.
 */
function toHtmlReportInput(report) {
    const { title, counts } = (0,report_report/* headline */.Pl)(report);
    const hasBaseline = report.gate.hasBaseline;
    const rows = (0,report_report/* byAttention */._p)(report.gate.verdicts).filter((v) => !v.id.includes('[') || v.status === 'fail' || v.status === 'warn' || v.status === 'accepted');
    const tableRows = rows.map((v) => {
        const cells = (0,report_cells/* metricCells */.GF)(v, hasBaseline);
        const change = cells.change && cells.judgement !== 'unchanged' ? `${cells.change} ${cells.judgement}` : cells.change;
        return {
            id: v.id,
            baseline: cells.baseline,
            current: cells.current,
            delta: v.delta,
            status: v.status,
            arrow: (0,report_cells/* directionArrow */.h9)(v),
            change,
            interval: cells.interval,
            rule: cells.rule,
            reasons: cells.icon === '➖' ? ['not checked: no baseline to compare with'] : v.reasons,
        };
    });
    const verdictStatus = report.gate.status;
    return {
        title: title.replace(/^\S+\s/, ''),
        verdict: { status: verdictStatus, words: `${title.replace(/^\S+\s/, '').replace(/^model-gate: /, '')} — ${counts}` },
        markdownSummary: `${(0,markdown/* describeHeader */.to)(report)}\n${report.outcome}`,
        tableRows,
        legend: (0,markdown/* legend */.o1)(report, rows),
        ...(report.gate.status === 'fail' && !report.passed ? { nextSteps: nextSteps(report) } : {}),
        sections: [...sliceSections(report), ...perClass(report), ...churn(report), ...(report.items ? (0,items/* itemTables */.Xi)(report.items) : [])],
        pictures: report.pictures ?? { trends: [], roc: undefined, precisionRecall: undefined, confusion: undefined },
    };
}
function nextSteps(report) {
    const label = report.acceptLabel ?? 'model-gate: accept-regression';
    return [
        `Intended? Add the label "${label}" to the pull request and re-run the check: failed max-regression checks become accepted (broken min/max rules still fail).`,
        "A rule loosened in the pull request applies only once it is merged: until then the baseline's recorded rules gate too.",
    ];
}
function sliceCell(v) {
    if (!v || typeof v.current !== 'number')
        return v?.current === null ? 'NaN' : '';
    const unit = (0,units/* unitOf */.uF)(v.id, v.baseline, v.current);
    const digits = unit === 'rate' ? 3 : (0,units/* valueDecimals */.G7)(unit, v.current, undefined);
    const value = (0,units/* formatInUnit */.NH)(v.current, unit, digits);
    const mark = v.status === 'fail' ? '❌ ' : v.status === 'warn' ? '⚠️ ' : '';
    return v.delta === undefined ? `${mark}${value}` : `${mark}${value} (${(0,units/* formatChange */.eD)(v.delta, unit, unit === 'rate' ? 1 : digits)})`;
}
function sliceSections(report) {
    const ids = (0,report_report/* byAttention */._p)(report.gate.verdicts).filter((v) => v.rule && !v.id.includes('[')).map((v) => v.id);
    const pivot = (0,slice_pivot/* pivotSlices */.g)(report.gate.verdicts, ids);
    if (!pivot)
        return [];
    const row = (r) => [r.gated ? r.status : r.cells.some((c) => c?.status === 'skipped') ? 'too small: not gated' : 'not gated', r.slice, r.n?.toLocaleString('en-US') ?? '', ...r.cells.map(sliceCell)];
    return [{ title: `Slices (${pivot.gated.length} gated, ${pivot.ungated.length} not)`, note: 'Gated slices first, worst first; then the others by size.', header: ['status', 'slice', 'n', ...pivot.metrics], rows: [...pivot.gated, ...pivot.ungated].map(row) }];
}
function perClass(report) {
    const pair = report.pictures?.confusion;
    if (!pair || pair.classes.length <= 2)
        return [];
    const scores = (0,per_class/* perClassScores */.P)(pair);
    const cell = (now, before) => !Number.isFinite(now) ? 'NaN' : before === undefined || !Number.isFinite(before) ? (0,units/* formatInUnit */.NH)(now, 'rate', 3) : `${(0,units/* formatInUnit */.NH)(now, 'rate', 3)} (${(0,units/* formatChange */.eD)(now - before, 'rate', 1)})`;
    return [{ title: 'Per class', header: ['class', 'n', 'precision ↑', 'recall ↑', 'F1 ↑'], rows: scores.map((s) => [s.name, s.support.toLocaleString('en-US'), cell(s.current.precision, s.baseline?.precision), cell(s.current.recall, s.baseline?.recall), cell(s.current.f1, s.baseline?.f1)]) }];
}
function churn(report) {
    const c = report.comparison?.churn;
    if (!c)
        return [];
    return [{ title: `Prediction churn (${c.rightToWrong} right → wrong, ${c.wrongToRight} wrong → right)`, ...(c.newlyWrong.length > 0 ? { note: `First newly wrong ids: ${c.newlyWrong.join(', ')}` } : {}), header: ['true class', 'right → wrong', 'wrong → right'], rows: c.byClass.map(([k, rw, wr]) => [k, String(rw), String(wr)]) }];
}

;// CONCATENATED MODULE: ./src/report/json.ts

/** The JSON report file (docs/report.md): stable snake_case keys, `null` for undefined values. */
function toJsonReport(report) {
    return {
        schema: 'model-gate/report@1',
        status: report.gate.status,
        passed: report.passed,
        outcome: report.outcome,
        current: report.current,
        baseline: report.baseline ?? null,
        counts: report.gate.counts,
        metrics: report.gate.verdicts.map((v) => ({
            id: v.id,
            baseline: v.baseline ?? null,
            current: v.current ?? null,
            delta: v.delta ?? null,
            relative_delta: v.relativeDelta ?? null,
            direction: v.direction,
            change: v.change ?? null,
            status: v.status,
            interval: v.estimate ? { low: v.estimate.interval[0], high: v.estimate.interval[1], level: v.estimate.level, method: v.estimate.method } : null,
            verdict_interval: v.verdictInterval ? { low: v.verdictInterval.bounds[0], high: v.verdictInterval.bounds[1], level: v.verdictInterval.level, adjustment: v.verdictInterval.adjustment ?? null } : null,
            p_value: v.estimate?.pValue ?? null,
            adjusted_p: v.adjustedP ?? null,
            rule: v.rule ? { key: v.rule.key, min: v.rule.min ?? null, max: v.rule.max ?? null, max_regression: v.rule.maxRegression ?? null, severity: v.rule.severity, required: v.rule.required } : null,
            reasons: v.reasons,
        })),
        regressions: report.gate.verdicts.filter((v) => v.status === 'fail').map((v) => v.id),
        comparison: report.comparison ?? null,
        items: report.items ? (0,items/* toJsonItems */.Sx)(report.items) : null,
        notes: report.notes,
    };
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/cli/compare-code.ts
// What `model-gate compare` needs beyond `evaluate`, loaded only for that command so that `evaluate` starts fast.








/***/ })

};
