package org.certflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** CertFlow: ISO/IEC 27001 and ISO/IEC 42001 certification as executable BPMN processes. */
@SpringBootApplication
public class CertFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(CertFlowApplication.class, args);
    }
}
