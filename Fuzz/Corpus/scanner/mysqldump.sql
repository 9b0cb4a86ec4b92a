-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS `customers`;
CREATE TABLE `customers` (
  `id` bigint NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `note` text,
  PRIMARY KEY (`id`),
  KEY `idx_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (1,'O\'Brien, Jane','jane@example.org','3125550182','said \"hi\"\nthen left, mail x@example.net'),(2,'Bob (the) Builder','bob@corp.example',NULL,N'religion: none, \\ ok'),(3,'A,B','ana@example.com','+46 70 602 19 62','');
UNLOCK TABLES;
