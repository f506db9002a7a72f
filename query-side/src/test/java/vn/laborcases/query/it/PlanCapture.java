package vn.laborcases.query.it;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test-only: every SELECT the app runs is first EXPLAINed on the same connection with the same
 * bound parameters, and the plan is kept, so a test can check that each query of the API runs
 * on an index.
 */
@Configuration(proxyBeanMethods = false)
class PlanCapture {

    /** A SELECT's plan, and the thread that ran it (an HTTP worker, a processor, the scheduler). */
    record CapturedPlan(String sql, String planJson, String thread) {
    }

    static final List<CapturedPlan> PLANS = new CopyOnWriteArrayList<>();

    @Bean
    static BeanPostProcessor explainEverySelect() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)
                        ? new DelegatingDataSource(dataSource) {
                            @Override
                            public Connection getConnection() throws java.sql.SQLException {
                                return explaining(super.getConnection());
                            }
                        }
                        : bean;
            }
        };
    }

    private static Connection explaining(Connection connection) {
        return (Connection) Proxy.newProxyInstance(PlanCapture.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(method, connection, args);
                    if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql
                            && isApplicationSelect(sql)) {
                        return explaining((PreparedStatement) result, connection, sql);
                    }
                    return result;
                });
    }

    private static PreparedStatement explaining(PreparedStatement statement, Connection connection, String sql) {
        List<Object[]> bindings = new ArrayList<>();
        return (PreparedStatement) Proxy.newProxyInstance(PlanCapture.class.getClassLoader(),
                new Class<?>[]{PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                        bindings.add(new Object[]{method, args});
                    }
                    if (method.getName().equals("executeQuery") && (args == null || args.length == 0)) {
                        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (FORMAT JSON) " + sql)) {
                            for (Object[] binding : bindings) {
                                ((Method) binding[0]).invoke(explain, (Object[]) binding[1]);
                            }
                            try (ResultSet plan = explain.executeQuery()) {
                                plan.next();
                                PLANS.add(new CapturedPlan(sql, plan.getString(1), Thread.currentThread().getName()));
                            }
                        }
                    }
                    return invoke(method, statement, args);
                });
    }

    /** The API's own reads: not the token store, migrations or Axon's event reads. */
    private static boolean isApplicationSelect(String sql) {
        String text = sql.strip().toLowerCase(Locale.ROOT);
        return (text.startsWith("select") || text.startsWith("with")) && !text.contains("token_entry")
                && !text.contains("flyway") && !text.contains("domain_event_entry");
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
