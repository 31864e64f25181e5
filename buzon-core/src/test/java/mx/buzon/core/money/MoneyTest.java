package mx.buzon.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import mx.buzon.problem.BuzonException;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Actualización, recargos and rounding. INPC values here are SYNTHETIC (made up to exercise the rule; they
 * are not INEGI's published values).
 */
class MoneyTest {

    static final Inpc SYNTHETIC_INPC = Inpc.of(Map.of(
            YearMonth.of(2024, 12), new BigDecimal("100.000"),
            YearMonth.of(2025, 6), new BigDecimal("102.3456"),
            YearMonth.of(2025, 7), new BigDecimal("99.500")));
    static final TasaRecargos TASA_1_47 = TasaRecargos.fixed(new BigDecimal("0.0147"));
    static final LocalDate DUE_2025_01_17 = LocalDate.of(2025, 1, 17);
    static final LocalDate PAID_2025_07_20 = LocalDate.of(2025, 7, 20);

    @Test
    void moneta_worksWithoutSetupUnderTurkishLocale() {
        assertThat(Locale.getDefault().getLanguage()).as("the suite runs under tr-TR").isEqualTo("tr");
        assertThat(Monetary.getCurrency("MXN").getCurrencyCode()).isEqualTo("MXN");
        assertThat(Mxn.MXN.getDefaultFractionDigits()).isEqualTo(2);
        MonetaryAmount amount = Money.of(new BigDecimal("1234.56"), "MXN");
        // A host's Moneta amount is accepted and compares by currency code and number with the SDK's own.
        assertThat(Mxn.of("1234.56").isEqualTo(amount)).isTrue();
        assertThat(Mxn.of("1234.56").toString()).isEqualTo("MXN 1234.56");
        assertThat(amount.toString()).isEqualTo("MXN 1234.56");
        assertThat(Mxn.number(amount)).isEqualByComparingTo("1234.56");
    }

    @Test
    void factor_quotientWithFiveDecimals_isTruncatedNotRounded() {
        assertThat(FactorActualizacion.of(new BigDecimal("104.569"), new BigDecimal("100")).value())
                .isEqualTo(new BigDecimal("1.0456"));
        assertThat(FactorActualizacion.of(new BigDecimal("104.56999999"), new BigDecimal("100")).value())
                .isEqualTo(new BigDecimal("1.0456"));
    }

    @Test
    void factor_exactQuotient_keepsFourDecimals() {
        assertThat(FactorActualizacion.of(new BigDecimal("110"), new BigDecimal("100")).value())
                .isEqualTo(new BigDecimal("1.1000"));
    }

    @Test
    void factor_belowOne_isOne() {
        assertThat(FactorActualizacion.of(new BigDecimal("99.999"), new BigDecimal("100"))).isEqualTo(FactorActualizacion.UNO);
        assertThat(FactorActualizacion.of(SYNTHETIC_INPC, YearMonth.of(2025, 1), YearMonth.of(2025, 8)))
                .as("INPC Jul 2025 99.5 / Dec 2024 100").isEqualTo(FactorActualizacion.UNO);
    }

    @Test
    void factor_period_usesMonthBeforeEachEnd() {
        // Due January 2025, paid July 2025: INPC June 2025 / INPC December 2024 = 1.023456 -> 1.0234.
        assertThat(FactorActualizacion.of(SYNTHETIC_INPC, YearMonth.of(2025, 1), YearMonth.of(2025, 7)).value())
                .isEqualTo(new BigDecimal("1.0234"));
    }

    @Test
    void factor_missingMonth_isTypedError() {
        assertThatThrownBy(() -> FactorActualizacion.of(SYNTHETIC_INPC, YearMonth.of(2025, 3), YearMonth.of(2025, 7)))
                .isInstanceOf(BuzonException.class)
                .hasMessageContaining("2025-02")
                .satisfies(e -> assertThat(((BuzonException) e).code()).isEqualTo("INPC_NO_DISPONIBLE"));
    }

    @Test
    void factor_randomIndexPairs_isTruncationOfQuotientAndAtLeastOne() {
        long seed = 17_2026L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 10_000; n++) {
            BigDecimal a = BigDecimal.valueOf(50_000 + random.nextInt(150_000), 3);
            BigDecimal b = BigDecimal.valueOf(50_000 + random.nextInt(150_000), 3);
            BigDecimal f = FactorActualizacion.of(a, b).value();
            BigDecimal exact = a.divide(b, 30, java.math.RoundingMode.DOWN);
            String why = "seed " + seed + " case " + n + ": " + a + " / " + b;
            assertThat(f.scale()).as(why).isEqualTo(4);
            assertThat(f).as(why).isGreaterThanOrEqualTo(BigDecimal.ONE);
            if (exact.compareTo(BigDecimal.ONE) >= 0) {
                assertThat(f).as(why).isLessThanOrEqualTo(exact);
                assertThat(exact.subtract(f)).as(why).isLessThan(new BigDecimal("0.0001"));
            }
        }
    }

    @Test
    void actualizacion_isAmountTimesFactorMinusOne_toTheCentavo() {
        FactorActualizacion factor = new FactorActualizacion(new BigDecimal("1.0456"));
        assertThat(Mxn.number(Mxn.of("10000.00").with(Actualizacion.of(factor)))).isEqualByComparingTo("456.00");
        assertThat(Mxn.number(Mxn.of("10000.00").with(Actualizacion.actualizar(factor)))).isEqualByComparingTo("10456.00");
        // 1234.57 x 0.0456 = 56.296392 -> 56.30
        assertThat(Mxn.number(Mxn.of("1234.57").with(Actualizacion.of(factor)))).isEqualByComparingTo("56.30");
        assertThat(Mxn.number(Mxn.of("1234.57").with(Actualizacion.of(FactorActualizacion.UNO)))).isEqualByComparingTo("0.00");
    }

    @Test
    void actualizacion_negativeOrForeignAmount_isRejected() {
        assertThatThrownBy(() -> Actualizacion.of(FactorActualizacion.UNO).apply(Mxn.of("-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> Actualizacion.of(FactorActualizacion.UNO).apply(Money.of(1, "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD");
        assertThatThrownBy(() -> Money.of(1, "USD").with(Recargos.of(BigDecimal.ONE)))
                .isInstanceOf(javax.money.MonetaryException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void of_textNotAPlainDecimal_codedSpanishError() {
        for (String bad : new String[] {"1E+3", "1,234.56", "$100", "", "12.", ".5", "--1", "1.12345678901",
                "1".repeat(31), "NaN", "１２"}) {
            assertThatThrownBy(() -> Mxn.of(bad)).as(bad).isInstanceOfSatisfying(BuzonException.class,
                    e -> assertThat(e.errorCode()).isEqualTo(MoneyErrorCode.MONTO_FORMATO_INVALIDO))
                    .hasMessageContaining("pesos");
        }
        assertThat(Mxn.of("-0.50")).isEqualTo(Mxn.of(new java.math.BigDecimal("-0.50")));
    }

    @Test
    void toPlainString_alwaysTwoDecimals() {
        assertThat(Mxn.toPlainString(Mxn.of("10456.00").with(Mxn.CENTAVOS))).isEqualTo("10456.00");
        assertThat(Mxn.toPlainString(Mxn.of("0.5"))).isEqualTo("0.50");
        assertThat(Mxn.toPlainString(Mxn.of(" 1000 "))).isEqualTo("1000.00");
        assertThat(Mxn.toPlainString(Mxn.of("2.345"))).isEqualTo("2.35");
    }

    @Test
    void meses_fractionOfAMonth_countsAsAMonth() {
        LocalDate due = LocalDate.of(2025, 2, 17);
        assertThat(Recargos.meses(due, LocalDate.of(2025, 2, 10))).isZero();
        assertThat(Recargos.meses(due, due)).isZero();
        assertThat(Recargos.meses(due, LocalDate.of(2025, 2, 18))).isEqualTo(1);
        assertThat(Recargos.meses(due, LocalDate.of(2025, 3, 17))).isEqualTo(1);
        assertThat(Recargos.meses(due, LocalDate.of(2025, 3, 18))).isEqualTo(2);
        assertThat(Recargos.meses(due, LocalDate.of(2025, 5, 20))).isEqualTo(4);
    }

    @Test
    void meses_monthEnd_clampsLikePlusMonths() {
        LocalDate due = LocalDate.of(2025, 1, 31);
        assertThat(Recargos.meses(due, LocalDate.of(2025, 2, 28))).isEqualTo(1);
        assertThat(Recargos.meses(due, LocalDate.of(2025, 3, 1))).isEqualTo(2);
    }

    @Test
    void meses_moreThanFiveYears_isCappedAtSixty() {
        assertThat(Recargos.meses(LocalDate.of(2019, 1, 17), LocalDate.of(2024, 1, 17))).isEqualTo(60);
        assertThat(Recargos.meses(LocalDate.of(2019, 1, 17), LocalDate.of(2024, 1, 18))).isEqualTo(60);
        assertThat(Recargos.meses(LocalDate.of(2019, 1, 17), LocalDate.of(2026, 1, 20))).isEqualTo(60);
        assertThat(Recargos.meses(LocalDate.of(2019, 1, 17), LocalDate.of(2023, 12, 18))).isEqualTo(60);
        assertThat(Recargos.meses(LocalDate.of(2019, 1, 17), LocalDate.of(2023, 12, 17))).isEqualTo(59);
        assertThat(Recargos.tasaAcumulada(TASA_1_47, LocalDate.of(2019, 1, 17), LocalDate.of(2026, 1, 20)))
                .isEqualByComparingTo("0.8820");
    }

    @Test
    void meses_everyPaymentDayOverSevenYears_isMonotoneAndBounded() {
        LocalDate due = LocalDate.of(2020, 3, 31);
        int previous = 0;
        for (LocalDate paid = due.minusDays(40); paid.isBefore(due.plusYears(7)); paid = paid.plusDays(1)) {
            int m = Recargos.meses(due, paid);
            assertThat(m).as(paid.toString()).isBetween(previous, Recargos.MAX_MESES);
            assertThat(due.plusMonths(m).isBefore(paid)).as(paid + " covered").isEqualTo(m == Recargos.MAX_MESES && m > 0
                    && due.plusMonths(60).isBefore(paid));
            previous = m;
        }
    }

    @Test
    void tasaAcumulada_ratesChangingByMonth_sumsRateOfEachMonth() {
        TasaRecargos tasas = TasaRecargos.of(Map.of(
                YearMonth.of(2025, 11), new BigDecimal("0.0147"),
                YearMonth.of(2025, 12), new BigDecimal("0.0147"),
                YearMonth.of(2026, 1), new BigDecimal("0.0098")));
        // Due 17 Nov 2025, paid 20 Jan 2026: months starting 17 Nov, 17 Dec, 17 Jan.
        assertThat(Recargos.tasaAcumulada(tasas, LocalDate.of(2025, 11, 17), LocalDate.of(2026, 1, 20)))
                .isEqualByComparingTo("0.0392");
        assertThatThrownBy(() -> Recargos.tasaAcumulada(tasas, LocalDate.of(2025, 11, 17), LocalDate.of(2026, 2, 20)))
                .isInstanceOf(BuzonException.class)
                .satisfies(e -> assertThat(((BuzonException) e).code()).isEqualTo("TASA_RECARGOS_NO_DISPONIBLE"));
    }

    @Test
    void accesorios_workedExample() {
        // 10,000.00 due 17 Jan 2025, paid 20 Jul 2025. Factor 1.0234 (synthetic INPC); actualización 234.00;
        // 7 months (6 + a fraction) x 1.47% = 10.29%; recargos 10,234.00 x 0.1029 = 1,053.0786 -> 1,053.08.
        Accesorios a = Accesorios.compute(Mxn.of("10000.00"), DUE_2025_01_17, PAID_2025_07_20, SYNTHETIC_INPC, TASA_1_47);
        assertThat(a.factor().value()).isEqualTo(new BigDecimal("1.0234"));
        assertThat(Mxn.number(a.actualizacion())).isEqualByComparingTo("234.00");
        assertThat(a.meses()).isEqualTo(7);
        assertThat(a.tasaRecargos()).isEqualByComparingTo("0.1029");
        assertThat(Mxn.number(a.recargos())).isEqualByComparingTo("1053.08");
        assertThat(Mxn.number(a.actualizado())).isEqualByComparingTo("10234.00");
        assertThat(Mxn.number(a.total())).isEqualByComparingTo("11287.08");
        assertThat(Mxn.number(a.total().with(Mxn.AJUSTE_PAGO_CFF_20))).isEqualByComparingTo("11287.00");
    }

    @Test
    void accesorios_paidOnTime_areZero() {
        Accesorios a = Accesorios.compute(Mxn.of("10000.00"), DUE_2025_01_17, DUE_2025_01_17, month -> {
            throw new AssertionError("no INPC is needed when paid on time");
        }, TASA_1_47);
        assertThat(a.factor()).isEqualTo(FactorActualizacion.UNO);
        assertThat(Mxn.number(a.total())).isEqualByComparingTo("10000.00");
    }

    @Test
    void centavos_roundsHalfUp() {
        assertThat(Mxn.number(Mxn.of("1234.565").with(Mxn.CENTAVOS))).isEqualByComparingTo("1234.57");
        assertThat(Mxn.number(Mxn.of("1234.5649").with(Mxn.CENTAVOS))).isEqualByComparingTo("1234.56");
        assertThat(Mxn.number(Mxn.of("7").with(Mxn.CENTAVOS))).isEqualByComparingTo("7.00");
    }

    @Test
    void ajustePago_everyCentavo_oneToFiftyDownFiftyOneToNinetyNineUp() {
        for (int c = 0; c <= 99; c++) {
            BigDecimal amount = new BigDecimal("1234").add(BigDecimal.valueOf(c, 2));
            BigDecimal expected = c <= 50 ? new BigDecimal("1234.00") : new BigDecimal("1235.00");
            assertThat(Mxn.number(Mxn.of(amount).with(Mxn.AJUSTE_PAGO_CFF_20))).as(amount.toPlainString()).isEqualByComparingTo(expected);
        }
        assertThat(Mxn.number(Mxn.of("1234.505").with(Mxn.AJUSTE_PAGO_CFF_20))).as("1234.505 is 51 centavos")
                .isEqualByComparingTo("1235.00");
    }

    @Test
    void uma_valuesAndValidity() {
        assertThat(Mxn.number(Uma.UMA_2025.valorDiario())).isEqualByComparingTo("113.14");
        assertThat(Mxn.number(Uma.UMA_2026.valorDiario())).isEqualByComparingTo("117.31");
        assertThat(Mxn.number(Uma.UMA_2025.veces(new BigDecimal("20")))).isEqualByComparingTo("2262.80");
        assertThat(Uma.at(LocalDate.of(2025, 1, 31))).isEmpty();
        assertThat(Uma.at(LocalDate.of(2025, 2, 1))).contains(Uma.UMA_2025);
        assertThat(Uma.at(LocalDate.of(2026, 1, 31))).contains(Uma.UMA_2025);
        assertThat(Uma.at(LocalDate.of(2026, 2, 1))).contains(Uma.UMA_2026);
        assertThat(Uma.at(LocalDate.of(2027, 1, 31))).contains(Uma.UMA_2026);
        assertThat(Uma.at(LocalDate.of(2027, 2, 1))).isEmpty();
        assertThat(Uma.UMA_2026.fuente()).contains("INEGI");
    }

    @Test
    void inpcAndTasas_invalidValues_areRejected() {
        assertThatThrownBy(() -> Inpc.of(Map.of(YearMonth.of(2025, 1), BigDecimal.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TasaRecargos.fixed(new BigDecimal("1.47")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.0147");
        assertThatThrownBy(() -> new FactorActualizacion(new BigDecimal("1.04")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cffArt17A_inpcNotPublishedYet_lastPublishedIndexUsed_withFinding() {
        // Due January 2025, paid September 2025: the factor needs August 2025; the series ends in July 2025.
        FactorCalculado f = FactorActualizacion.compute(SYNTHETIC_INPC, YearMonth.of(2025, 1), YearMonth.of(2025, 9),
                InpcFaltante.ULTIMO_PUBLICADO);
        assertThat(f.mesInpcReciente()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(f.mesInpcAntiguo()).isEqualTo(YearMonth.of(2024, 12));
        assertThat(f.factor()).isEqualTo(FactorActualizacion.UNO); // 99.5 / 100, never below 1
        assertThat(f.usoUltimoPublicado()).isTrue();
        assertThat(f.findings()).singleElement().satisfies(h -> {
            assertThat(h.code()).isEqualTo("INPC_ULTIMO_PUBLICADO");
            assertThat(h.severity()).isEqualTo(mx.buzon.problem.Severity.WARNING);
            assertThat(h.message()).contains("2025-08", "2025-07", "CFF art. 17-A");
        });
        // Paid July 2025: June 2025 is in the series, nothing replaced.
        FactorCalculado junio = FactorActualizacion.compute(SYNTHETIC_INPC, YearMonth.of(2025, 1),
                YearMonth.of(2025, 7), InpcFaltante.ULTIMO_PUBLICADO);
        assertThat(junio.factor().value()).isEqualTo(new BigDecimal("1.0234"));
        assertThat(junio.findings()).isEmpty();
    }

    @Test
    void cffArt17A_defaultError_andGapInsideTheSeries_neverPassSilently() {
        assertThatThrownBy(() -> FactorActualizacion.compute(SYNTHETIC_INPC, YearMonth.of(2025, 1),
                YearMonth.of(2025, 9), InpcFaltante.ERROR))
                .isInstanceOf(BuzonException.class)
                .satisfies(e -> assertThat(((BuzonException) e).code()).isEqualTo("INPC_NO_DISPONIBLE"));
        // February 2025 lies inside the series (December 2024 to July 2025) but is missing: a host's gap, an error.
        assertThatThrownBy(() -> FactorActualizacion.compute(SYNTHETIC_INPC, YearMonth.of(2025, 3),
                YearMonth.of(2025, 7), InpcFaltante.ULTIMO_PUBLICADO))
                .isInstanceOf(BuzonException.class).hasMessageContaining("2025-02");
        // A series that cannot say its last month (a plain lambda) cannot apply the rule either.
        Inpc lambda = month -> SYNTHETIC_INPC.value(month);
        assertThatThrownBy(() -> FactorActualizacion.compute(lambda, YearMonth.of(2025, 1), YearMonth.of(2025, 9),
                InpcFaltante.ULTIMO_PUBLICADO)).isInstanceOf(BuzonException.class);
        assertThat(FactorActualizacion.compute(SYNTHETIC_INPC, YearMonth.of(2025, 1), YearMonth.of(2025, 7),
                InpcFaltante.ERROR).factor()).isEqualTo(FactorActualizacion.of(SYNTHETIC_INPC, YearMonth.of(2025, 1),
                YearMonth.of(2025, 7)));
    }

    @Test
    void cffArt17A_bothIndexesNotPublished_oneFindingPerMonthReplaced() {
        Inpc series = Inpc.of(Map.of(YearMonth.of(2025, 5), new BigDecimal("101")));
        FactorCalculado f = FactorActualizacion.compute(series, YearMonth.of(2025, 8), YearMonth.of(2025, 10),
                InpcFaltante.ULTIMO_PUBLICADO);
        assertThat(f.mesInpcReciente()).isEqualTo(YearMonth.of(2025, 5));
        assertThat(f.mesInpcAntiguo()).isEqualTo(YearMonth.of(2025, 5));
        assertThat(f.findings()).hasSize(2).extracting(h -> h.offendingValue().orElseThrow())
                .containsExactly("2025-09", "2025-07");
        assertThat(series.ultimoMes()).contains(YearMonth.of(2025, 5));
    }
}
