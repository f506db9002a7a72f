package vn.laborcases.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JitCompilersTest {

    @Test
    void countsTheUserAndSystemTicksOfACompilerThread() {
        String stat = "4242 (C2 CompilerThre) S 4200 4200 4200 0 -1 1077936192 5100 0 12 0 1234 56 0 0 20 0 30 0 "
                + "8000 0 0 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 -1 1 0 0 0 0 0";

        assertThat(JitCompilers.compilerTicks(stat)).isEqualTo(1290);
    }

    @Test
    void takesAnyCompilerTier() {
        assertThat(JitCompilers.compilerTicks("4243 (C1 CompilerThre) R 1 1 1 0 -1 0 0 0 0 0 7 3 0 0"))
                .isEqualTo(10);
    }

    @Test
    void ignoresOtherThreadsEvenWithParenthesesInTheirNames() {
        String stat = "4244 (http-nio-(8)-e) S 1 1 1 0 -1 0 0 0 0 0 900 100 0 0";

        assertThat(JitCompilers.compilerTicks(stat)).isZero();
    }
}
