package org.certflow.shared;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway must migrate CertFlow's tables before the Camunda engine creates its own, or Flyway finds a
 * non-empty schema without its history table and refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class FlywayBeforeProcessEngine {

    @Bean
    static BeanFactoryPostProcessor processEngineDependsOnFlyway() {
        return beanFactory -> dependOnFlyway(beanFactory, "processEngineFactoryBean");
    }

    private static void dependOnFlyway(ConfigurableListableBeanFactory beanFactory, String beanName) {
        if (beanFactory.containsBeanDefinition(beanName) && beanFactory.containsBeanDefinition("flywayInitializer")) {
            beanFactory.getBeanDefinition(beanName).setDependsOn("flywayInitializer");
        }
    }
}
