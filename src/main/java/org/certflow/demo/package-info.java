/** The demo installation's projects, seeded on first start of the demo profile by working their real tasks. */
package org.certflow.demo;
