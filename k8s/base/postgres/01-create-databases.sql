-- One database per service (database-per-service); dev uses a single role.
CREATE DATABASE articles;
CREATE DATABASE claims;
