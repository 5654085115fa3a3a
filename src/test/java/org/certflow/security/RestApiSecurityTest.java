package org.certflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.certflow.test_support.SpringTest;
import org.certflow.test_support.TaskAccess;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@SpringTest
class RestApiSecurityTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskAccess access;

    @Test
    void anonymous_engine_rest_call_is_refused_with_401() {
        var response = rest.getForEntity("/engine-rest/process-definition", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void wrong_password_is_refused_with_401() {
        var response = rest.withBasicAuth("pia", "wrong").getForEntity("/engine-rest/task", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void signed_in_user_reaches_engine_rest() {
        var response = rest.withBasicAuth("pia", DemoUsers.PASSWORD).getForEntity("/engine-rest/task", String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    }

    /** The demo projects' tasks are open meanwhile: none of them is hers, whatever roles she may be named for. */
    @Test
    void someone_in_no_project_role_finds_no_task_at_all() {
        assertThat(access.as("ivan").restTaskCount()).isPositive();

        assertThat(access.outsider().allRestTasks()).isEmpty();
        assertThat(access.outsider().restTaskCount()).isZero();
    }

    @Test
    void anonymous_page_request_is_sent_to_the_login_view() {
        var response = rest.withRedirects(Redirects.DONT_FOLLOW).getForEntity("/projects", String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FOUND);
        assertThat(response.getHeaders().getLocation()).hasPath("/login");
    }
}
