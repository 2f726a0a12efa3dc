<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::table('users', function (Blueprint $table) {
            $table->dropColumn('fax'); // mg:expect
            $table->dropColumn(['pager', 'telex']); // mg:expect
        });
        Schema::dropColumns('orders', ['note']); // mg:expect
    }

    public function down(): void
    {
        // restored by hand from the backup
        Schema::table('users', fn (Blueprint $table) => $table->string('placeholder')->nullable());
    }
};
