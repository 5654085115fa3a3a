/** CertFlow's root; each direct sub-package is one feature (catalog, project, tasklist, security, ...). */
package org.certflow;
