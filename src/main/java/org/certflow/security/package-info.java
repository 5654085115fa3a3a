/** Sign-in, the roles, and the people and groups of Camunda's identity service that CertFlow shares. */
package org.certflow.security;
