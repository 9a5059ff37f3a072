package org.patchbay.shaping;

import java.math.BigDecimal;

/** Numbers as shaping tools read them: no exponent, no trailing zeros ("20", "0.5", "0.001"). */
final class Units {

    private Units() {
    }

    static String number(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
