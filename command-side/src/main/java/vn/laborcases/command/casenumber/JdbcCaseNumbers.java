package vn.laborcases.command.casenumber;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.Province;

import java.time.Year;

/**
 * One counter row per case type, province and year, bumped by an upsert inside the command's
 * own transaction: the row lock makes concurrent filings take distinct numbers, and a filing
 * that rolls back gives its number back instead of holding a second connection.
 */
@Component
class JdbcCaseNumbers implements CaseNumbers {

    private final JdbcClient jdbc;

    JdbcCaseNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CaseNumber next(CaseType type, Province province, Year year) {
        long sequence = jdbc.sql("""
                        INSERT INTO case_number_counter (case_type, province_code, year, last_number)
                        VALUES (:type, :province, :year, 1)
                        ON CONFLICT (case_type, province_code, year)
                        DO UPDATE SET last_number = case_number_counter.last_number + 1
                        RETURNING last_number
                        """)
                .param("type", type.name())
                .param("province", province.code())
                .param("year", year.getValue())
                .query(Long.class)
                .single();
        return CaseNumber.of(type, province, year, sequence);
    }
}
