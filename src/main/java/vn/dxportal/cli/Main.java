package vn.dxportal.cli;
public class Main { public static void main(String[] a) {} }
