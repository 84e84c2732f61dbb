/**
 * Extraction as an Apache Spark job ({@link io.aidfacts.spark.SparkExtractJob}): the same
 * readers and pipeline as {@code aidfacts extract}, one pipeline per executor JVM, results as
 * JSON Lines (articles), Parquet (facts) and JSON (errors).
 *
 * <p>Spark is a {@code provided} dependency: {@code spark-submit} supplies it, and nothing
 * outside this package refers to it, so {@code java -jar aidfacts.jar} never loads a Spark
 * class.
 */
package io.aidfacts.spark;
