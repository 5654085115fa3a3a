/**
 * Risk management: the risk register per project rated by the risk matrix (a DMN table), scheduled and on-demand
 * risk reviews with the executive's acceptance of residual risk above the appetite, and the impact assessment of
 * each AI system (ISO 27001 6.1.2-6.1.3, 8.2-8.3; ISO 42001 6.1.4, A.5).
 */
package org.certflow.risk;
