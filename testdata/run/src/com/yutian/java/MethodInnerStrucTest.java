// Seed demo from /work/shared/seeds/001_fd6ca3baa2882d4c.txt, section 4 (方法区的内部结构):
// the notes only disassemble it with `javap -v -p` (it has no main method).
// Changes: package kept as in the notes; added a main method that calls test1(), then
// test2(0) (its catch block prints the ArithmeticException "/ by zero" stack trace to stderr
// with e.printStackTrace() and returns 0, so the exit status is 0), test2(3), compareTo and
// prints the static field str (Chinese text) and num.
package com.yutian.java;

import java.io.Serializable;

/**
* 测试方法区的内部构成
*/
public class MethodInnerStrucTest extends Object implements Comparable<String>,Serializable {
//属性
public int num = 10;
private static String str = "测试方法的内部结构";
//构造器
//方法
public void test1(){
int count = 20;
System.out.println("count = " + count);
}
public static int test2(int cal){
int result = 0;
try {
int value = 30;
result = value / cal;
} catch (Exception e) {
e.printStackTrace();
}
return result;
}
@Override
public int compareTo(String o) {
return 0;
}

public static void main(String[] args) {
MethodInnerStrucTest t = new MethodInnerStrucTest();
t.test1();
System.out.println("test2(0) = " + test2(0));
System.out.println("test2(3) = " + test2(3));
System.out.println("compareTo = " + t.compareTo("x") + ", num = " + t.num + ", str = " + str);
}
}
